/**
 * External identifiers through the API on a real Neo4j: ingest with identifiers, resolution by
 * identifier before names, each refusal with its code (nothing written), uniqueness held by the
 * database, Query.entityByIdentifier, and a retraction taking back the identifiers it added.
 */
import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/use-seeded-graph.js';
import { counts } from '../helpers/neo4j.js';
import { upsertEntities } from '../../src/store/cypher/upsert-bundle.js';
import { refusedIdentifierKey } from '../../src/store/map-neo4j-error.js';
import { ingestBundle } from '../../src/ingest/ingest-bundle.js';
import type { Bundle } from '../../src/article-file/format.js';

const KEY = 'curator-secret-0123456789';
const AUTH = { authorization: `Bearer ${KEY}` };

/** A fictitious RUC: the ten digits and the SUNAT modulo-11 check digit. */
function ruc(body: string): string {
  const sum = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * Number(body[i]), 0);
  return body + String((11 - (sum % 11)) % 10);
}
const RUC_A = ruc('2099999901');
const RUC_B = ruc('2099999902');

const TEXT = 'Andes Copper Test, a mining company, signed a supply deal with Peru. Andes Copper Test is based in Lima.';
const bundle = (entities: Record<string, unknown>[], id = 'test-andes-copper') => ({
  articles: [
    { id, title: 'Andes Copper Test deal', source: 'Test Wire', url: `https://example.org/${id}`, publishedAt: '2025-04', text: TEXT },
  ],
  entities,
  relationships: [
    {
      type: 'SIGNED',
      source: String(entities[0]!.id),
      target: 'peru',
      validFrom: '2025-04',
      evidence: [{ article: id, quote: 'signed a supply deal with Peru' }],
    },
  ],
});

const INGEST = `mutation($input: ArticleInput!, $dryRun: Boolean) { ingestArticle(input: $input, dryRun: $dryRun) {
  dryRun createdEntities { id identifiers { scheme value url } } mergedEntities { inputId by entity { id identifiers { scheme value } } } auditId } }`;

type Identifier = { scheme: string; value: string; url?: string | null };
type IngestOut = {
  ingestArticle: {
    createdEntities: { id: string; identifiers: Identifier[] }[];
    mergedEntities: { inputId: string; by: string; entity: { id: string; identifiers: Identifier[] } }[];
    auditId: string | null;
  };
};
type Problem = { path: string; code: string; message: string };

describe('ingest: external identifiers on a real Neo4j', () => {
  const t = useSeededService({ env: { API_KEYS: `curator:${KEY}` }, seed: 'each' });
  const gql = async <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...AUTH },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  };
  const ingest = async (input: unknown, dryRun = false) => {
    const r = await gql<IngestOut>(INGEST, { input, dryRun });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!.ingestArticle;
  };
  /** The problems of a refused ingest, after checking that it wrote nothing. */
  const refused = async (input: unknown): Promise<Problem[]> => {
    const before = await counts(t.store);
    const r = await gql(INGEST, { input });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts(t.store)).toEqual(before);
    return r.errors![0]!.extensions!.problems as Problem[];
  };
  const byIdentifier = async (scheme: string, value: string) =>
    gql<{ entityByIdentifier: { id: string; identifiers: Identifier[] } | null }>(
      'query($scheme: IdentifierScheme!, $value: String!) { ' +
        'entityByIdentifier(scheme: $scheme, value: $value) { id identifiers { scheme value url } } }',
      { scheme, value },
    );
  const keysHeld = async () =>
    (await t.store.read({ cypher: 'MATCH (k:IdentifierKey) RETURN k.key AS key, k.entityId AS entityId ORDER BY key', params: {} })).map(
      (r) => `${String(r.key)}=${String(r.entityId)}`,
    );

  it('finds the seeded countries by their ISO 3166 codes, the value normalized; unknown is null, malformed refused', async () => {
    expect((await byIdentifier('ISO3166', ' pe')).data).toEqual({
      entityByIdentifier: {
        id: 'peru',
        identifiers: [{ scheme: 'ISO3166', value: 'PE', url: 'https://www.iso.org/obp/ui/#iso:code:3166:PE' }],
      },
    });
    expect((await byIdentifier('ISO3166', 'CN')).data?.entityByIdentifier?.id).toBe('china');
    expect((await byIdentifier('ISO3166', 'FR')).data).toEqual({ entityByIdentifier: null });
    const bad = await byIdentifier('ISO3166', 'XX');
    expect(bad.errors?.[0]).toMatchObject({
      message: 'value: ISO3166 "XX" must be an assigned ISO 3166-1 alpha-2 country code (an ISO 3166-1 alpha-2 country code such as "PE")',
      extensions: { code: 'BAD_USER_INPUT', argument: 'value' },
    });
    expect(await keysHeld()).toEqual(['ISO3166:CN=china', 'ISO3166:PE=peru']);
  });

  it('creates an entity with its identifiers, normalized and in scheme order, and finds it by each', async () => {
    const r = await ingest(
      bundle([
        {
          id: 'andes-copper-test',
          name: 'Andes Copper Test',
          type: 'COMPANY',
          identifiers: [
            { scheme: 'PE_RUC', value: `${RUC_A.slice(0, 2)}-${RUC_A.slice(2)}` },
            { scheme: 'WIKIDATA', value: 'q999999901' },
          ],
        },
      ]),
    );
    expect(r.createdEntities).toEqual([
      {
        id: 'andes-copper-test',
        identifiers: [
          { scheme: 'WIKIDATA', value: 'Q999999901', url: 'https://www.wikidata.org/wiki/Q999999901' },
          { scheme: 'PE_RUC', value: RUC_A, url: null },
        ],
      },
    ]);
    expect((await byIdentifier('PE_RUC', RUC_A)).data?.entityByIdentifier?.id).toBe('andes-copper-test');
    expect((await byIdentifier('WIKIDATA', 'Q999999901')).data?.entityByIdentifier?.id).toBe('andes-copper-test');
    expect(await keysHeld()).toEqual([
      'ISO3166:CN=china',
      'ISO3166:PE=peru',
      `PE_RUC:${RUC_A}=andes-copper-test`,
      'WIKIDATA:Q999999901=andes-copper-test',
    ]);
  });

  it('resolves by identifier before names: ISO3166 PE under the name "China" is Peru', async () => {
    const r = await ingest({
      ...bundle([{ id: 'andes-copper-test', name: 'Andes Copper Test', type: 'COMPANY' }]),
      entities: [
        { id: 'andes-copper-test', name: 'Andes Copper Test', type: 'COMPANY' },
        { id: 'country-by-code', name: 'China', type: 'COUNTRY', identifiers: [{ scheme: 'ISO3166', value: 'PE' }] },
      ],
      relationships: [
        {
          type: 'SIGNED',
          source: 'andes-copper-test',
          target: 'country-by-code',
          validFrom: '2025-04',
          evidence: [{ article: 'test-andes-copper', quote: 'signed a supply deal with Peru' }],
        },
      ],
    });
    expect(r.mergedEntities).toEqual([
      { inputId: 'country-by-code', by: 'IDENTIFIER', entity: { id: 'peru', identifiers: [{ scheme: 'ISO3166', value: 'PE' }] } },
    ]);
  });

  it('gives an existing entity the identifiers it lacks and records them: a retraction takes them back, undo returns them', async () => {
    await ingest(bundle([{ id: 'andes-copper-test', name: 'Andes Copper Test', type: 'COMPANY' }]));
    const second = await ingest(
      bundle(
        [{ id: 'andes-again', name: 'Andes Copper Test', type: 'COMPANY', identifiers: [{ scheme: 'PE_RUC', value: RUC_A }] }],
        'test-andes-copper-2',
      ),
    );
    expect(second.mergedEntities).toEqual([
      { inputId: 'andes-again', by: 'NAME', entity: { id: 'andes-copper-test', identifiers: [{ scheme: 'PE_RUC', value: RUC_A }] } },
    ]);
    const [audit] = await t.store.read({ cypher: 'MATCH (a:Audit {id: $id}) RETURN a.summary AS summary', params: { id: second.auditId } });
    expect(JSON.parse(String(audit!.summary)).namesAdded).toEqual([
      { entityId: 'andes-copper-test', aliases: [], description: null, identifiers: [`PE_RUC:${RUC_A}`] },
    ]);

    const retract = await gql<{ retractArticle: { auditId: string } }>(
      'mutation { retractArticle(id: "test-andes-copper-2", reason: "test") { auditId } }',
    );
    expect(retract.errors).toBeUndefined();
    expect((await byIdentifier('PE_RUC', RUC_A)).data).toEqual({ entityByIdentifier: null });
    expect(await keysHeld()).toEqual(['ISO3166:CN=china', 'ISO3166:PE=peru']);

    const undo = await gql('mutation($id: ID!) { undoRetraction(auditId: $id) { auditId } }', { id: retract.data!.retractArticle.auditId });
    expect(undo.errors).toBeUndefined();
    expect((await byIdentifier('PE_RUC', RUC_A)).data?.entityByIdentifier?.id).toBe('andes-copper-test');
    expect(await keysHeld()).toEqual(['ISO3166:CN=china', 'ISO3166:PE=peru', `PE_RUC:${RUC_A}=andes-copper-test`]);
  });

  it('refuses malformed identifiers, a scheme given twice and an identifier on two entities, all at once', async () => {
    const badRuc = RUC_A.slice(0, 10) + String((Number(RUC_A[10]) + 1) % 10);
    const problems = await refused(
      bundle([
        {
          id: 'andes-copper-test',
          name: 'Andes Copper Test',
          type: 'COMPANY',
          identifiers: [
            { scheme: 'PE_RUC', value: badRuc },
            { scheme: 'WIKIDATA', value: 'Q1' },
            { scheme: 'WIKIDATA', value: 'Q2' },
          ],
        },
        { id: 'other-test', name: 'Other Test', type: 'COMPANY', identifiers: [{ scheme: 'ISO3166', value: 'PE' }] },
        { id: 'third-test', name: 'Third Test', type: 'COMPANY', identifiers: [{ scheme: 'LEI', value: 'ABC' }] },
      ]),
    );
    expect(problems).toEqual([
      {
        path: 'input.entities[0].identifiers[0].value',
        code: 'INVALID_IDENTIFIER',
        message: `PE_RUC "${badRuc}" has a wrong check digit (the last digit) (Peru's 11-digit taxpayer number (RUC))`,
      },
      {
        path: 'input.entities[0].identifiers[2].scheme',
        code: 'REPEATED_SCHEME',
        message: 'a second WIKIDATA identifier (identifiers[1] gives one): an entity has at most one value per scheme',
      },
      {
        path: 'input.entities[2].identifiers[0].value',
        code: 'INVALID_IDENTIFIER',
        message: 'LEI "ABC" must be 20 characters: 18 capitals or digits, then 2 check digits (a 20-character Legal Entity Identifier)',
      },
      // The salvaged Other Test still resolves: its ISO3166 PE makes it Peru, a COUNTRY.
      {
        path: 'input.entities[1].type',
        code: 'ENTITY_TYPE_CONFLICT',
        message: '"Other Test" resolves to peru, which is a COUNTRY, not a COMPANY',
      },
    ]);
    const twice = await refused(
      bundle([
        { id: 'andes-copper-test', name: 'Andes Copper Test', type: 'COMPANY', identifiers: [{ scheme: 'PE_RUC', value: RUC_B }] },
        { id: 'other-test', name: 'Other Test', type: 'COMPANY', identifiers: [{ scheme: 'PE_RUC', value: RUC_B }] },
      ]),
    );
    expect(twice).toEqual([
      {
        path: 'input.entities[1].identifiers[0].value',
        code: 'DUPLICATE_IDENTIFIER',
        message: `PE_RUC:${RUC_B} is also given at entities[0].identifiers[0] ("andes-copper-test"): an identifier belongs to one entity`,
      },
    ]);
  });

  it('refuses an identifier another entity holds, and one contradicting a name match, writing nothing', async () => {
    expect(
      await refused(
        bundle([
          { id: 'andes-copper-test', name: 'Andes Copper Test', type: 'COMPANY' },
          { id: 'peru', name: 'Peru', type: 'COUNTRY', identifiers: [{ scheme: 'ISO3166', value: 'cn' }] },
        ]),
      ),
    ).toEqual([
      {
        path: 'input.entities[1].identifiers[0].value',
        code: 'IDENTIFIER_IN_USE',
        message: 'ISO3166:CN is the identifier of china ("China"), but "Peru" resolves to peru ("Peru") by its id',
      },
    ]);
    expect(
      await refused(
        bundle([
          { id: 'andes-copper-test', name: 'Andes Copper Test', type: 'COMPANY' },
          { id: 'peru-by-name', name: 'Perú', type: 'COUNTRY', identifiers: [{ scheme: 'ISO3166', value: 'BO' }] },
        ]),
      ),
    ).toEqual([
      {
        path: 'input.entities[1].identifiers[0].value',
        code: 'IDENTIFIER_CONFLICT',
        message:
          '"Perú" resolves to peru ("Peru") by name, which holds ISO3166:PE, not ISO3166:BO: it is not that entity; give it its own ' +
          'name, or the identifier the entity holds',
      },
    ]);
  });

  it('refuses identifiers that belong to two entities, writing nothing', async () => {
    await ingest(
      bundle([
        { id: 'andes-copper-test', name: 'Andes Copper Test', type: 'COMPANY', identifiers: [{ scheme: 'WIKIDATA', value: 'Q999999901' }] },
      ]),
    );
    const input = bundle([{ id: 'andes-copper-test', name: 'Andes Copper Test', type: 'COMPANY' }]);
    input.entities.push({
      id: 'mixed-up',
      name: 'Mixed Up',
      type: 'COUNTRY',
      identifiers: [
        { scheme: 'WIKIDATA', value: 'Q999999901' },
        { scheme: 'ISO3166', value: 'PE' },
      ],
    });
    expect(await refused(input)).toEqual([
      {
        path: 'input.entities[1].identifiers',
        code: 'IDENTIFIER_CONFLICT',
        message:
          'the identifiers of "Mixed Up" belong to different entities: WIKIDATA:Q999999901 to andes-copper-test ("Andes Copper Test"), ' +
          'ISO3166:PE to peru ("Peru")',
      },
    ]);
  });

  it('keeps an identifier to one entity in the database: a direct duplicate is refused by the constraint', async () => {
    await ingest(
      bundle([{ id: 'andes-copper-test', name: 'Andes Copper Test', type: 'COMPANY', identifiers: [{ scheme: 'PE_RUC', value: RUC_A }] }]),
    );
    const err = await t.store
      .writeTx((tx) =>
        tx.run(
          upsertEntities({ rows: [{ id: 'intruder', props: { name: 'Intruder', type: 'COMPANY', identifiers: [`PE_RUC:${RUC_A}`] } }] }),
        ),
      )
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(refusedIdentifierKey(err)).toBe(`PE_RUC:${RUC_A}`);
    expect((await t.store.read({ cypher: "MATCH (e:Entity {id: 'intruder'}) RETURN e.id AS id", params: {} })).length).toBe(0);
  });

  it('ends two ingests racing to create one identifier under two ids as one entity holding it, the other resolved to it', async () => {
    const racing = (id: string, name: string): Bundle =>
      ({
        articles: [
          {
            id: `test-race-${id}`,
            title: null,
            source: 'Test Wire',
            url: null,
            publishedAt: '2025-04',
            language: 'en',
            note: null,
            text: null,
          },
        ],
        entities: [
          { id, name, type: 'COMPANY', aliases: [], description: null, mergedIds: [], identifiers: [{ scheme: 'PE_RUC', value: RUC_B }] },
        ],
        relationships: [
          {
            type: 'SIGNED',
            source: id,
            target: 'peru',
            topic: null,
            role: null,
            validFrom: '2025-04',
            validTo: null,
            status: 'REPORTED',
            quantities: [],
            note: null,
            evidence: [{ article: `test-race-${id}`, quote: `${name} signed with Peru` }],
          },
        ],
      }) as Bundle;
    const [a, b] = await Promise.all([
      ingestBundle({ store: t.store, keyId: 'curator', bundle: racing('racer-one', 'Racer One') }),
      ingestBundle({ store: t.store, keyId: 'curator', bundle: racing('racer-two', 'Racer Two') }),
    ]);
    const created = [...a.createdEntities, ...b.createdEntities];
    expect(created.length).toBe(1);
    const merged = [...a.mergedEntities, ...b.mergedEntities];
    expect(merged).toEqual([{ inputId: created[0] === 'racer-one' ? 'racer-two' : 'racer-one', entityId: created[0], by: 'identifier' }]);
    expect((await keysHeld()).filter((k) => k.startsWith('PE_RUC'))).toEqual([`PE_RUC:${RUC_B}=${created[0]}`]);
  });
});
