/**
 * Query.changes against the real service: each ingest, merge, undo and retraction is a change,
 * oldest first, with its audit id, what it touched and the content version right after it; the
 * cursor of the last change seen resumes the feed.
 */
import { describe, expect, it } from 'vitest';
import { useSeededService } from '../../helpers/use-seeded-graph.js';

const KEY = 'changes-key-0123456789abcdef';
const AUTH = { authorization: `Bearer ${KEY}` };

const CHANGE = 'auditId action at entityIds relationshipIds dataVersion cursor entry { id action keyId articleIds }';

interface Change {
  auditId: string;
  action: string;
  at: string;
  entityIds: string[];
  relationshipIds: string[];
  dataVersion: string | null;
  cursor: string;
  entry: { id: string; action: string; keyId: string; articleIds: string[] };
}
interface Page {
  changes: {
    edges: { cursor: string; node: Change }[];
    nodes: Change[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

const INGEST = `mutation ($input: ArticleInput!) {
  ingestArticle(input: $input) { auditId createdEntities { id } createdRelationships { id } }
}`;

const bundleOf = (article: string) => ({
  articles: [{ id: article, source: 'Test Wire', publishedAt: '2025-05' }],
  entities: [
    { id: 'changes-port-a', name: 'Changes Port Authority', type: 'ORGANIZATION' },
    { id: 'changes-port-b', name: 'Changes Harbour Office', type: 'ORGANIZATION' },
  ],
  relationships: [
    { type: 'PARTNERS_WITH', source: 'changes-port-a', target: 'changes-port-b', evidence: [{ article, quote: 'They partner.' }] },
    { type: 'LOCATED_IN', source: 'changes-port-a', target: 'peru', evidence: [{ article, quote: 'It is in Peru.' }] },
  ],
});
const bundle = bundleOf('changes-article');

describe('graphql: Query.changes', () => {
  const t = useSeededService({ seed: 'each', env: { API_KEYS: `curator:${KEY}` } });

  const dataVersion = async (): Promise<string> =>
    (await t.gql<{ stats: { dataVersion: string } }>('{ stats { dataVersion } }')).data!.stats.dataVersion;

  const page = async (after: string | null, first = 20): Promise<Page['changes']> => {
    const r = await t.gql<Page>(
      `query ($after: String, $first: Int) { changes(after: $after, first: $first) {
        edges { cursor node { ${CHANGE} } } nodes { auditId } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
      { after, first },
    );
    expect(r.errors).toBeUndefined();
    return r.data!.changes;
  };

  /** Every change after `after`, read two at a time. */
  const allAfter = async (after: string | null): Promise<{ changes: Change[]; cursor: string | null }> => {
    const changes: Change[] = [];
    let cursor = after;
    for (;;) {
      const p = await page(cursor, 2);
      changes.push(...p.edges.map((e) => e.node));
      expect(p.nodes.map((n) => n.auditId)).toEqual(p.edges.map((e) => e.node.auditId));
      // A change carries its edge's cursor (a subscriber resumes from it).
      expect(p.edges.map((e) => e.node.cursor)).toEqual(p.edges.map((e) => e.cursor));
      if (p.pageInfo.endCursor) cursor = p.pageInfo.endCursor;
      if (!p.pageInfo.hasNextPage) return { changes, cursor };
    }
  };

  it('lists an ingest, a merge, its undo, a retraction and its undo, oldest first, each with the version it left', async () => {
    // Where the feed stood before: the seed writes no audit entry, so whatever is there comes first.
    const start = (await allAfter(null)).cursor;

    const ingested = await t.gql<{ ingestArticle: { auditId: string; createdRelationships: { id: string }[] } }>(
      INGEST,
      { input: bundle },
      AUTH,
    );
    expect(ingested.errors).toBeUndefined();
    const afterIngest = await dataVersion();
    const relIds = ingested.data!.ingestArticle.createdRelationships.map((r) => r.id).sort();
    expect(relIds).toHaveLength(2);

    const merged = await t.gql<{ mergeEntities: { auditId: string; movedRelationships: number } }>(
      'mutation { mergeEntities(keep: "changes-port-a", merge: "changes-port-b") { auditId movedRelationships } }',
      {},
      AUTH,
    );
    expect(merged.errors).toBeUndefined();
    const afterMerge = await dataVersion();
    const undoneMerge = await t.gql<{ undoMerge: { undoAuditId: string } }>(
      'mutation ($id: ID!) { undoMerge(auditId: $id) { undoAuditId } }',
      { id: merged.data!.mergeEntities.auditId },
      AUTH,
    );
    expect(undoneMerge.errors).toBeUndefined();
    const afterUndoMerge = await dataVersion();
    expect(afterUndoMerge).toBe(afterIngest);

    const retracted = await t.gql<{ retractArticle: { auditId: string; dataVersion: string; removedRelationshipIds: string[] } }>(
      'mutation { retractArticle(id: "changes-article", reason: "test") { auditId dataVersion removedRelationshipIds } }',
      {},
      AUTH,
    );
    expect(retracted.errors).toBeUndefined();
    const afterRetract = await dataVersion();
    expect(retracted.data!.retractArticle.dataVersion).toBe(afterRetract);
    const undoneRetraction = await t.gql<{ undoRetraction: { undoAuditId: string } }>(
      'mutation ($id: ID!) { undoRetraction(auditId: $id) { undoAuditId } }',
      { id: retracted.data!.retractArticle.auditId },
      AUTH,
    );
    expect(undoneRetraction.errors).toBeUndefined();
    const afterUndoRetract = await dataVersion();
    expect(afterUndoRetract).toBe(afterIngest);

    const { changes } = await allAfter(start);
    expect(changes.map((c) => [c.action, c.auditId, c.dataVersion])).toEqual([
      ['INGEST', ingested.data!.ingestArticle.auditId, afterIngest],
      ['MERGE', merged.data!.mergeEntities.auditId, afterMerge],
      ['UNDO_MERGE', undoneMerge.data!.undoMerge.undoAuditId, afterUndoMerge],
      ['RETRACT', retracted.data!.retractArticle.auditId, afterRetract],
      ['UNDO_RETRACT', undoneRetraction.data!.undoRetraction.undoAuditId, afterUndoRetract],
    ]);
    for (const c of changes) {
      expect(c.entry).toEqual({ id: c.auditId, action: c.action, keyId: 'curator', articleIds: c.entry.articleIds });
      expect([...c.relationshipIds].sort()).toEqual(c.relationshipIds);
    }
    const [ingest, merge, undoMerge, retract, undoRetract] = changes as [Change, Change, Change, Change, Change];
    expect(ingest.entityIds.sort()).toEqual(['changes-port-a', 'changes-port-b']);
    expect(ingest.relationshipIds).toEqual(relIds);
    expect(ingest.entry.articleIds).toEqual(['changes-article']);
    // The merge moved the merged entity's one relationship (the partnership, a loop afterwards, dropped); its undo put it back.
    const partnership = relIds.filter((id) => id.startsWith('partners_with-'));
    expect(partnership).toHaveLength(1);
    expect(merge.entityIds).toEqual(['changes-port-a', 'changes-port-b']);
    expect(merge.relationshipIds).toEqual(partnership);
    expect(undoMerge.relationshipIds).toEqual(partnership);
    expect(retract.relationshipIds).toEqual([...retracted.data!.retractArticle.removedRelationshipIds].sort());
    expect(retract.relationshipIds).toEqual(relIds);
    expect(undoRetract.relationshipIds).toEqual(relIds);
    expect(changes.map((c) => c.at)).toEqual(changes.map((c) => c.at).sort());
  }, 120_000);

  it('resumes after a cursor: a page after the last change seen holds only what came since', async () => {
    const { cursor } = await allAfter(null);
    const empty = await page(cursor);
    expect(empty.edges).toEqual([]);
    expect(empty.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: cursor !== null, endCursor: null });

    const first = await t.gql<{ ingestArticle: { auditId: string } }>(INGEST, { input: bundle }, AUTH);
    const dry = await t.gql(
      'mutation ($input: ArticleInput!) { ingestArticle(input: $input, dryRun: true) { auditId } }',
      { input: bundleOf('changes-dry') },
      AUTH,
    );
    expect(dry.errors).toBeUndefined();
    const second = await t.gql<{ retractArticle: { auditId: string } }>(
      'mutation { retractArticle(id: "changes-article", reason: "test") { auditId } }',
      {},
      AUTH,
    );
    const one = await page(cursor, 1);
    expect(one.edges.map((e) => e.node.auditId)).toEqual([first.data!.ingestArticle.auditId]);
    expect(one.pageInfo.hasNextPage).toBe(true);
    // A dry run records nothing: the next change is the retraction.
    const two = await page(one.pageInfo.endCursor, 5);
    expect(two.edges.map((e) => e.node.auditId)).toEqual([second.data!.retractArticle.auditId]);
    expect(two.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, endCursor: two.edges[0]!.cursor });
  }, 120_000);

  it('refuses a cursor it did not give and a negative page size', async () => {
    const bad = await t.gql('{ changes(after: "nope") { nodes { auditId } } }');
    expect(bad.errors?.[0]).toMatchObject({ message: 'after: is not a cursor this API returned', extensions: { code: 'BAD_USER_INPUT' } });
    const big = await t.gql('{ changes(first: -1) { nodes { auditId } } }');
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
