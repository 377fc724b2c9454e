/**
 * Mutation.retractArticle and Mutation.undoRetraction over real HTTP on a real Neo4j: an article
 * that creates entities, corroborates one relationship, disputes another and names an existing
 * entity, taken back to the very content version before it, and put back exactly.
 */
import { describe, expect, it } from 'vitest';
import { createWriter } from '../../src/ingest/writer.js';
import { bundleSchema } from '../../src/article-file/format.js';
import { counts } from '../helpers/neo4j.js';
import { graphDump } from '../helpers/graph-dump.js';
import { useSeededService } from '../helpers/use-seeded-graph.js';

const KEY = 'curator-secret-0123456789';
const AUTH = { authorization: `Bearer ${KEY}` };
const ARTICLE = 'test-minmetals-bambas';
const URL = 'https://example.org/minmetals-bambas';
const INVESTMENT = 'received_investment-5e37acdbb328050f';

const INPUT = {
  articles: [{ id: ARTICLE, title: 'Minmetals expands Las Bambas', source: 'Test Wire', url: URL, publishedAt: '2025-03-03' }],
  entities: [
    { id: 'minmetals', name: 'Minmetals', type: 'COMPANY', aliases: ['五矿'] },
    { id: 'las-bambas-mine', name: 'Las Bambas mine', type: 'INFRASTRUCTURE' },
    // Resolves to the seeded Huawei by name, and gives it a new alias.
    { id: 'huawei-input', name: 'Huawei', type: 'COMPANY', aliases: ['Huawei Peru'] },
  ],
  relationships: [
    { type: 'OWNS', source: 'minmetals', target: 'las-bambas-mine', evidence: [{ article: ARTICLE, quote: 'Minmetals owns Las Bambas.' }] },
    { type: 'LOCATED_IN', source: 'las-bambas-mine', target: 'peru', evidence: [{ article: ARTICLE, quote: 'Las Bambas, in Peru.' }] },
    // The seed holds it: corroborated.
    {
      type: 'HEADQUARTERED_IN',
      source: 'huawei-input',
      target: 'shenzhen',
      evidence: [{ article: ARTICLE, quote: 'Huawei, of Shenzhen.' }],
    },
    // The seed says USD 2.9 billion: contradicted, both DISPUTED.
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'peru',
      target: 'belt-and-road-initiative',
      validFrom: '2023',
      validTo: '2023',
      quantities: [{ value: 1.5e9, unit: 'USD' }],
      evidence: [{ article: ARTICLE, quote: 'Peru received only $1.5 billion in 2023.' }],
    },
  ],
};

const RESULT = `articleId dryRun reason evidenceRemoved removedRelationshipIds keptRelationshipIds restoredRelationshipIds
  removedAliases { entityId alias } removedDescriptionEntityIds orphanedEntityIds removedEntityIds dataVersion auditId`;
const RETRACT = `mutation($id: ID!, $reason: String!, $removeOrphans: Boolean, $dryRun: Boolean) {
  retractArticle(id: $id, reason: $reason, removeOrphans: $removeOrphans, dryRun: $dryRun) { ${RESULT} } }`;
const UNDO = 'mutation($auditId: ID!) { undoRetraction(auditId: $auditId) { auditId undoAuditId restored { id aliases } } }';

type Answer<T> = { status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
type Retracted = { retractArticle: Record<string, unknown> & { dataVersion: string; auditId: string | null } };

describe('ingest: Mutation.retractArticle and undoRetraction on a real Neo4j', () => {
  const t = useSeededService({ env: { API_KEYS: `curator:${KEY}` }, seed: 'each' });
  const gql = async <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = AUTH,
  ): Promise<Answer<T>> => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as Omit<Answer<T>, 'status'>) };
  };
  const ok = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const r = await gql<T>(query, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!;
  };
  const dataVersion = async () => (await ok<{ stats: { dataVersion: string } }>('{ stats { dataVersion } }')).stats.dataVersion;
  const ingest = async () => {
    const r = await ok<{ ingestArticle: { createdRelationships: { id: string }[]; corroboratedRelationships: { id: string }[] } }>(
      'mutation($input: ArticleInput!) { ingestArticle(input: $input) { createdRelationships { id } corroboratedRelationships { id } } }',
      { input: INPUT },
    );
    return r.ingestArticle;
  };
  const retract = (variables: Record<string, unknown>) =>
    ok<Retracted>(RETRACT, { id: ARTICLE, reason: 'fabricated quotes', ...variables });
  const investment = async () => {
    const [row] = await t.store.read({
      cypher: 'MATCH ()-[r:RECEIVED_INVESTMENT {id: $id}]->() RETURN r {.status, .reportedStatus, .disputedBy} AS r',
      params: { id: INVESTMENT },
    });
    return row?.r;
  };

  it('takes the article back to the version before its ingest, and undoRetraction puts it back exactly', async () => {
    const beforeIngest = { version: await dataVersion(), dump: await graphDump(t.store) };
    const ingested = await ingest();
    const afterIngest = { version: await dataVersion(), dump: await graphDump(t.store) };
    expect(afterIngest.version).not.toBe(beforeIngest.version);
    expect(await investment()).toEqual({ status: 'DISPUTED', reportedStatus: 'REPORTED', disputedBy: [`${INVESTMENT}-2d0069`] });
    const found = await ok<{ articleByUrl: { id: string } | null }>('query($url: String!) { articleByUrl(url: $url) { id } }', {
      url: URL,
    });
    expect(found.articleByUrl).toEqual({ id: ARTICLE });

    const r = (await retract({ removeOrphans: true })).retractArticle;
    const created = ingested.createdRelationships.map((x) => x.id).sort();
    expect(r).toEqual({
      articleId: ARTICLE,
      dryRun: false,
      reason: 'fabricated quotes',
      evidenceRemoved: 4,
      removedRelationshipIds: created,
      keptRelationshipIds: ingested.corroboratedRelationships.map((x) => x.id),
      restoredRelationshipIds: [INVESTMENT],
      removedAliases: [{ entityId: 'huawei', alias: 'Huawei Peru' }],
      removedDescriptionEntityIds: [],
      orphanedEntityIds: ['las-bambas-mine', 'minmetals'],
      removedEntityIds: ['las-bambas-mine', 'minmetals'],
      dataVersion: beforeIngest.version,
      auditId: expect.stringMatching(/^audit-/) as unknown,
    });
    expect(created).toHaveLength(3);
    // The version, and every property of every node and relationship, as before the ingest.
    expect(await dataVersion()).toBe(beforeIngest.version);
    expect(await graphDump(t.store)).toEqual(beforeIngest.dump);
    expect(await investment()).toEqual({ status: 'REPORTED', reportedStatus: null, disputedBy: null });
    const gone = await ok<{ article: unknown; articleByUrl: unknown; minmetals: unknown; mine: unknown; huawei: { aliases: string[] } }>(
      `query($url: String!) { article(id: "${ARTICLE}") { id } articleByUrl(url: $url) { id } minmetals: entity(id: "minmetals") { id }
        mine: entity(id: "las-bambas-mine") { id } huawei: entity(id: "huawei") { aliases } }`,
      { url: URL },
    );
    expect(gone).toMatchObject({ article: null, articleByUrl: null, minmetals: null, mine: null });
    expect(gone.huawei.aliases).not.toContain('Huawei Peru');

    const undo = await ok<{ undoRetraction: { auditId: string; undoAuditId: string; restored: { id: string; aliases: string[] }[] } }>(
      UNDO,
      { auditId: r.auditId },
    );
    expect(undo.undoRetraction.auditId).toBe(r.auditId);
    expect(undo.undoRetraction.restored.map((e) => e.id)).toEqual(['huawei', 'las-bambas-mine', 'minmetals']);
    expect(undo.undoRetraction.restored[0]!.aliases).toContain('Huawei Peru');
    expect(await dataVersion()).toBe(afterIngest.version);
    expect(await graphDump(t.store)).toEqual(afterIngest.dump);

    // Every step is in the article's audit trail, newest first.
    const log = await ok<{
      auditLog: { totalCount: number; nodes: { action: string; keyId: string; undone: boolean; summary: string }[] };
    }>('query($id: ID) { auditLog(articleId: $id) { totalCount nodes { action keyId undone summary } } }', { id: ARTICLE });
    expect(log.auditLog.nodes.map((n) => [n.action, n.keyId, n.undone])).toEqual([
      ['UNDO_RETRACT', 'curator', false],
      ['RETRACT', 'curator', true],
      ['INGEST', 'curator', false],
    ]);
    expect(JSON.parse(log.auditLog.nodes[1]!.summary)).toMatchObject({
      reason: 'fabricated quotes',
      removedEntityIds: ['las-bambas-mine', 'minmetals'],
    });
    expect(JSON.parse(log.auditLog.nodes[2]!.summary)).toMatchObject({
      namesAdded: [{ entityId: 'huawei', aliases: ['Huawei Peru'], description: null }],
      reportedStatusAdded: [INVESTMENT],
    });
    const retracts = await ok<{ auditLog: { totalCount: number } }>('{ auditLog(action: RETRACT) { totalCount } }');
    expect(retracts.auditLog.totalCount).toBe(1);
  });

  it('keeps the orphans it lists without removeOrphans, and a dry run answers the same and changes nothing', async () => {
    await ingest();
    const before = { version: await dataVersion(), dump: await graphDump(t.store) };
    const dry = (await retract({ dryRun: true, removeOrphans: null })).retractArticle;
    expect(await graphDump(t.store)).toEqual(before.dump);
    expect(await dataVersion()).toBe(before.version);
    expect(dry).toMatchObject({ dryRun: true, auditId: null, orphanedEntityIds: ['las-bambas-mine', 'minmetals'], removedEntityIds: [] });
    const real = (await retract({})).retractArticle;
    expect({ ...real, dryRun: true, auditId: null }).toEqual(dry);
    const left = await ok<{ minmetals: { id: string } | null }>('{ minmetals: entity(id: "minmetals") { id } }');
    expect(left.minmetals).toEqual({ id: 'minmetals' });
    // The orphans stay, so the version is not the seed's.
    expect(real.dataVersion).toBe(await dataVersion());
  });

  it('refuses an unknown article, a blank reason and a call without a key, writing nothing', async () => {
    await ingest();
    const before = await counts(t.store);
    const unknown = await gql(RETRACT, { id: 'no-such-article', reason: 'x' });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'id: no article "no-such-article"',
      extensions: { code: 'NOT_FOUND', argument: 'id' },
    });
    const blank = await gql(RETRACT, { id: ARTICLE, reason: ' \n' });
    expect(blank.errors?.[0]).toMatchObject({
      message: 'reason: must not be blank',
      extensions: { code: 'BAD_USER_INPUT', argument: 'reason' },
    });
    const anonymous = await gql(RETRACT, { id: ARTICLE, reason: 'x' }, {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const undoAnonymous = await gql(UNDO, { auditId: 'audit-x' }, {});
    expect(undoAnonymous.status).toBe(401);
    expect(await counts(t.store)).toEqual(before);
  });

  it('refuses to undo an unknown entry, another action, an undone retraction, and one the graph has moved past', async () => {
    await ingest();
    const ingestAudit = await ok<{ auditLog: { nodes: { id: string }[] } }>('{ auditLog(action: INGEST) { nodes { id } } }');
    const unknown = await gql(UNDO, { auditId: 'audit-nope' });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'auditId: no audit entry "audit-nope"', extensions: { code: 'NOT_FOUND' } });
    const other = await gql(UNDO, { auditId: ingestAudit.auditLog.nodes[0]!.id });
    expect(other.errors?.[0]).toMatchObject({
      message: `auditId: ${ingestAudit.auditLog.nodes[0]!.id} records a INGEST, not a retraction`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'auditId' },
    });

    const { auditId } = (await retract({ removeOrphans: true })).retractArticle;
    // The article comes back by another ingest: the undo would make it twice.
    await ingest();
    const blocked = await gql(UNDO, { auditId });
    const problems = blocked.errors?.[0]?.extensions?.problems as { code: string; message: string }[];
    expect(blocked.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(blocked.errors?.[0]?.message).toMatch(new RegExp(`^auditId: the retraction ${auditId!} cannot be undone exactly`));
    expect(problems.map((p) => p.code)).toEqual([
      'ARTICLE_EXISTS',
      'RELATIONSHIP_EXISTS',
      'RELATIONSHIP_EXISTS',
      'RELATIONSHIP_EXISTS',
      'ENTITY_EXISTS',
      'ENTITY_EXISTS',
      // Huawei holds the alias again, and the two relationships the retraction changed are disputed and corroborated again.
      'ENTITY_CHANGED',
      'RELATIONSHIP_CHANGED',
      'RELATIONSHIP_CHANGED',
    ]);
    expect(problems[0]!.message).toBe(`article "${ARTICLE}" is in the graph again`);

    // Retracted again, the graph is as the first retraction left it: its undo goes through, once.
    const second = (await retract({ removeOrphans: true })).retractArticle;
    await ok(UNDO, { auditId });
    const again = await gql(UNDO, { auditId });
    expect(again.errors?.[0]).toMatchObject({
      message: `auditId: the retraction ${auditId!} is already undone`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const afterUndo = await gql(UNDO, { auditId: second.auditId });
    expect((afterUndo.errors?.[0]?.extensions?.problems as { code: string }[])[0]!.code).toBe('ARTICLE_EXISTS');
  });

  it(
    'takes back the aliases and the description an article gave an entity, but not those of an ingest that did not ' + 'record them',
    async () => {
      const writer = createWriter(t.store);
      const article = (id: string, entity: Record<string, unknown>, quote: string) =>
        bundleSchema.parse({
          articles: [{ id, source: 'Test Wire' }],
          entities: [entity],
          relationships: [{ type: 'AFFILIATED_WITH', source: entity.id, target: 'china', evidence: [{ article: id, quote }] }],
        });
      await writer.ingest({
        bundle: article('names-a', { id: 'sinoperu', name: 'SinoPeru', type: 'COMPANY' }, 'SinoPeru, of China.'),
        keyId: 'test',
      });
      const before = await graphDump(t.store);
      const named = { id: 'sinoperu', name: 'SinoPeru', type: 'COMPANY', aliases: ['Sino-Peru Holdings'], description: 'A trading house.' };
      await writer.ingest({ bundle: article('names-b', named, 'Sino-Peru Holdings, a Chinese firm.'), keyId: 'test' });
      const r = await writer.retract({ id: 'names-b', reason: 'test', keyId: 'test' });
      expect(r).toMatchObject({
        removedAliases: [{ entityId: 'sinoperu', alias: 'Sino-Peru Holdings' }],
        removedDescriptionEntityIds: ['sinoperu'],
      });
      expect(r.orphanedEntityIds).toEqual([]);
      expect(await graphDump(t.store)).toEqual(before);

      // An ingest recorded before ingests recorded what they add: its names stay.
      await writer.ingest({ bundle: article('names-c', named, 'Sino-Peru Holdings, a Chinese firm.'), keyId: 'test' });
      await t.store.writeTx((tx) =>
        tx.run({
          cypher: "MATCH (x:Audit {action: 'INGEST'}) WHERE 'names-c' IN x.articleIds SET x.summary = '{\"createdEntities\":[]}'",
          params: {},
        }),
      );
      const legacy = await writer.retract({ id: 'names-c', reason: 'test', keyId: 'test' });
      expect(legacy).toMatchObject({ removedAliases: [], removedDescriptionEntityIds: [] });
      const [entity] = await t.store.read({
        cypher: "MATCH (e:Entity {id: 'sinoperu'}) RETURN e.aliases AS aliases, e.description AS d",
        params: {},
      });
      expect(entity).toEqual({ aliases: ['Sino-Peru Holdings'], d: 'A trading house.' });
    },
  );
});
