/**
 * Merging entities with external identifiers on a real Neo4j: the kept entity gets both entities'
 * identifiers and answers for the merged one's; two values of one scheme refuse the merge; the undo
 * puts every identifier (and its key node) back where it was.
 */
import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/use-seeded-graph.js';
import { counts } from '../helpers/neo4j.js';

const KEY = 'curator-secret-0123456789';

/** A fictitious RUC: the ten digits and the SUNAT modulo-11 check digit. */
function ruc(body: string): string {
  const sum = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * Number(body[i]), 0);
  return body + String((11 - (sum % 11)) % 10);
}
/** A fictitious LEI: the 18 characters and the ISO 7064 MOD 97-10 check digits. */
function lei(body: string): string {
  const digits = [...`${body}00`].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
  return body + String(98n - (BigInt(digits) % 97n)).padStart(2, '0');
}
const RUC_A = ruc('2099999903');
const RUC_C = ruc('2099999904');
const LEI_B = lei('TESTHOLDINGB000001');

const TEXT = 'Test Holding A signed a deal with Test Holding B. Test Holding C watched.';
const FIXTURE = {
  articles: [{ id: 'test-holdings', source: 'Test Wire', publishedAt: '2025-05', text: TEXT }],
  entities: [
    {
      id: 'test-holding-a',
      name: 'Test Holding A',
      type: 'COMPANY',
      identifiers: [
        { scheme: 'PE_RUC', value: RUC_A },
        { scheme: 'WIKIDATA', value: 'Q999999903' },
      ],
    },
    { id: 'test-holding-b', name: 'Test Holding B', type: 'COMPANY', identifiers: [{ scheme: 'LEI', value: LEI_B }] },
    { id: 'test-holding-c', name: 'Test Holding C', type: 'COMPANY', identifiers: [{ scheme: 'PE_RUC', value: RUC_C }] },
  ],
  relationships: [
    {
      type: 'SIGNED',
      source: 'test-holding-a',
      target: 'test-holding-b',
      evidence: [{ article: 'test-holdings', quote: 'Test Holding A signed a deal with Test Holding B' }],
    },
  ],
};

describe('ingest: merging entities with identifiers on a real Neo4j', () => {
  const t = useSeededService({ env: { API_KEYS: `curator:${KEY}` }, seed: 'each' });
  const gql = async <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  };
  const setUp = async () => {
    const r = await gql('mutation($input: ArticleInput!) { ingestArticle(input: $input) { auditId } }', { input: FIXTURE });
    expect(r.errors).toBeUndefined();
  };
  const keysHeld = async () =>
    (
      await t.store.read({
        cypher: "MATCH (k:IdentifierKey) WHERE k.entityId STARTS WITH 'test-' RETURN k.key AS key, k.entityId AS entityId ORDER BY key",
        params: {},
      })
    ).map((r) => `${String(r.key)}=${String(r.entityId)}`);
  const identifiersOf = async (id: string) =>
    (
      await gql<{ entity: { id: string; identifiers: { scheme: string; value: string }[] } | null }>(
        'query($id: ID!) { entity(id: $id) { id identifiers { scheme value } } }',
        { id },
      )
    ).data?.entity;

  it('gives the kept entity both entities’ identifiers, which then find it, and the undo puts each back', async () => {
    await setUp();
    const before = await keysHeld();
    expect(before).toEqual([
      `LEI:${LEI_B}=test-holding-b`,
      `PE_RUC:${RUC_A}=test-holding-a`,
      `PE_RUC:${RUC_C}=test-holding-c`,
      'WIKIDATA:Q999999903=test-holding-a',
    ]);
    const m = await gql<{
      mergeEntities: { auditId: string; kept: { identifiers: { scheme: string; value: string; url: string | null }[] } };
    }>('mutation { mergeEntities(keep: "test-holding-a", merge: "test-holding-b") { auditId kept { identifiers { scheme value url } } } }');
    expect(m.errors).toBeUndefined();
    expect(m.data!.mergeEntities.kept.identifiers).toEqual([
      { scheme: 'WIKIDATA', value: 'Q999999903', url: 'https://www.wikidata.org/wiki/Q999999903' },
      { scheme: 'PE_RUC', value: RUC_A, url: null },
      { scheme: 'LEI', value: LEI_B, url: `https://search.gleif.org/#/record/${LEI_B}` },
    ]);
    // The merged id answers the kept entity, with the identifiers the merge moved.
    expect(await identifiersOf('test-holding-b')).toEqual({
      id: 'test-holding-a',
      identifiers: [
        { scheme: 'WIKIDATA', value: 'Q999999903' },
        { scheme: 'PE_RUC', value: RUC_A },
        { scheme: 'LEI', value: LEI_B },
      ],
    });
    const found = await gql<{ entityByIdentifier: { id: string } | null }>(
      `{ entityByIdentifier(scheme: LEI, value: "${LEI_B.toLowerCase()}") { id } }`,
    );
    expect(found.data).toEqual({ entityByIdentifier: { id: 'test-holding-a' } });
    expect(await keysHeld()).toEqual([
      `LEI:${LEI_B}=test-holding-a`,
      `PE_RUC:${RUC_A}=test-holding-a`,
      `PE_RUC:${RUC_C}=test-holding-c`,
      'WIKIDATA:Q999999903=test-holding-a',
    ]);

    const u = await gql('mutation($id: ID!) { undoMerge(auditId: $id) { auditId } }', { id: m.data!.mergeEntities.auditId });
    expect(u.errors).toBeUndefined();
    expect(await keysHeld()).toEqual(before);
    expect(await identifiersOf('test-holding-a')).toEqual({
      id: 'test-holding-a',
      identifiers: [
        { scheme: 'WIKIDATA', value: 'Q999999903' },
        { scheme: 'PE_RUC', value: RUC_A },
      ],
    });
    expect(await identifiersOf('test-holding-b')).toEqual({ id: 'test-holding-b', identifiers: [{ scheme: 'LEI', value: LEI_B }] });
  });

  it('refuses to merge entities holding two values of one scheme, naming both, and writes nothing', async () => {
    await setUp();
    const before = { counts: await counts(t.store), keys: await keysHeld() };
    const r = await gql('mutation { mergeEntities(keep: "test-holding-a", merge: "test-holding-c") { keptId } }');
    expect(r.errors?.[0]).toMatchObject({
      message:
        `merge: test-holding-a and test-holding-c hold different identifiers of one scheme (PE_RUC:${RUC_A} and PE_RUC:${RUC_C}); ` +
        'they are not the same entity, or one identifier is wrong: nothing was merged',
      extensions: { code: 'CONFLICT' },
    });
    expect({ counts: await counts(t.store), keys: await keysHeld() }).toEqual(before);
  });
});
