import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/gateway.js';
import { seedGraph } from '../../src/seed/seed-graph.js';
import { readContentVersion } from '../../src/store/content-version.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const KEY = 'merger-secret-0123456789abc';

/**
 * Everything but the audit trail, in a stable order, and the content version (the version nodes
 * themselves left out: which of them holds what depends on the writes' order, their sum does not).
 */
async function dump(store: Store): Promise<unknown> {
  const rows = await store.read({
    cypher: `CALL () { MATCH (n) WHERE NOT n:Audit AND NOT n:DataVersion WITH n ORDER BY n.id RETURN collect([labels(n), properties(n)]) AS nodes }
CALL () { MATCH (s)-[r]->(t) WITH s, r, t ORDER BY coalesce(r.id, s.id + '>' + t.id) RETURN collect([type(r), s.id, t.id, properties(r)]) AS rels }
RETURN nodes, rels`,
    params: {},
  });
  return { rows, version: await readContentVersion(store) };
}

describe('ingest: merging duplicates and undoing a merge', () => {
  const graph = useSeededGraph();
  let t: TestService;
  const gql = async <T = Record<string, unknown>>(query: string, auth = true) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${KEY}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  };

  beforeAll(async () => {
    // A duplicate of COSCO with a relationship and evidence of its own, as an older import might
    // leave, written as imports write (seedGraph: the same batched upserts, the content version kept).
    await seedGraph({
      store: graph.store,
      bundle: {
        articles: [],
        entities: [
          {
            id: 'cosco',
            name: 'China COSCO Shipping Corporation',
            type: 'COMPANY',
            aliases: ['中国远洋海运集团'],
            description: null,
            mergedIds: [],
          },
        ],
        relationships: [
          {
            type: 'OPERATES',
            source: 'cosco',
            target: 'chancay-port',
            topic: null,
            role: null,
            validFrom: null,
            validTo: null,
            status: 'REPORTED',
            quantities: [],
            note: null,
            evidence: [{ article: 'tradewindsnews-chancay-cosco-hub', quote: 'a Cosco Shipping hub' }],
          },
        ],
      },
    });
    t = await startTestService({ API_KEYS: `merger:${KEY}` });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('merges, resolves the merged id to the kept entity, and undo restores the graph exactly', async () => {
    const before = await dump(graph.store);
    const m = await gql<{
      mergeEntities: {
        keptId: string;
        mergedId: string;
        movedRelationships: number;
        auditId: string;
        kept: { aliases: string[]; mergedIds: string[] };
      };
    }>(
      'mutation { mergeEntities(keep: "cosco-shipping", merge: "cosco") { keptId mergedId movedRelationships auditId kept { ' +
        'aliases mergedIds } } }',
    );
    expect(m.errors).toBeUndefined();
    const merged = m.data!.mergeEntities;
    expect(merged).toMatchObject({ keptId: 'cosco-shipping', mergedId: 'cosco', movedRelationships: 1 });
    expect(merged.kept.mergedIds).toEqual(['cosco']);
    expect(merged.kept.aliases).toEqual(expect.arrayContaining(['China COSCO Shipping Corporation', '中国远洋海运集团']));

    const after = await gql<{
      entity: { id: string; relationships: { nodes: { type: string; evidence: { quote: string }[] }[] } };
      search: { id: string }[];
    }>(
      '{ entity(id: "cosco") { id relationships(types: ["OPERATES"]) { nodes { type evidence { quote } } } } search(text: ' +
        '"中国远洋海运集团") { id } }',
    );
    expect(after.data!.entity.id).toBe('cosco-shipping');
    expect(after.data!.entity.relationships.nodes).toEqual([{ type: 'OPERATES', evidence: [{ quote: 'a Cosco Shipping hub' }] }]);
    expect(after.data!.search[0]!.id).toBe('cosco-shipping');
    // One batch with a live id, a merged id and an unknown id: each key gets its own answer.
    const batch = await gql<{ live: { id: string }; old: { id: string }; gone: null }>(
      '{ live: entity(id: "peru") { id } old: entity(id: "cosco") { id } gone: entity(id: "no-such-entity") { id } }',
    );
    expect(batch.data).toEqual({ live: { id: 'peru' }, old: { id: 'cosco-shipping' }, gone: null });

    const u = await gql<{ undoMerge: { restored: { id: string }[] } }>(
      `mutation { undoMerge(auditId: "${merged.auditId}") { restored { id } } }`,
    );
    expect(u.errors).toBeUndefined();
    expect(u.data!.undoMerge.restored.map((e) => e.id)).toEqual(['cosco-shipping', 'cosco']);
    expect(await dump(graph.store)).toEqual(before);

    const again = await gql(`mutation { undoMerge(auditId: "${merged.auditId}") { auditId } }`);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('records every write in the audit log with its key id', async () => {
    const r = await gql<{
      auditLog: { totalCount: number; nodes: { action: string; keyId: string; entityIds: string[]; undone: boolean }[] };
    }>('{ auditLog { totalCount nodes { action keyId entityIds undone } } }', false);
    expect(r.data!.auditLog.totalCount).toBe(2);
    expect(r.data!.auditLog.nodes.map((n) => [n.action, n.keyId, n.undone]).sort()).toEqual([
      ['MERGE', 'merger', true],
      ['UNDO_MERGE', 'merger', false],
    ]);
  });

  it('refuses merges of unknown or mismatched entities', async () => {
    expect((await gql('mutation { mergeEntities(keep: "peru", merge: "atlantis") { keptId } }')).errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'merge',
    });
    expect((await gql('mutation { mergeEntities(keep: "peru", merge: "huawei") { keptId } }')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'merge',
    });
    expect((await gql('mutation { mergeEntities(keep: "peru", merge: "china") { keptId } }', false)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
