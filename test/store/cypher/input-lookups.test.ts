import { describe, expect, it } from 'vitest';
import * as il from '../../../src/store/cypher/input-lookups.js';
import { indexDefinition, readSchemaStatements } from '../../../src/store/apply-schema.js';
import { SCHEMA_DIR } from '../../helpers/neo4j.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `e-${i}`);

describe('store: resolve step statements, by shape', () => {
  it('builds the resolution text from constants, whatever the ids and keys (one plan)', () => {
    const text = il.resolutionCandidates({ ids: ['signed-1', 'visited-2'], keys: ['peru'] }).cypher;
    expect(il.resolutionCandidates({ ids: ['visited-2', 'signed-1'], keys: ['peru'] }).cypher).toEqual(text);
    expect(il.resolutionCandidates({ ids: ['leads-3'], keys: ['peru'] }).cypher).toEqual(text);
    expect(il.resolutionCandidates({ ids: [], keys: ['peru'] }).cypher).toEqual(text);
  });

  it('looks entities up by merged id and by exact folded name or alias, quoting and escaping each value', () => {
    expect(il.keySearches({ ids: ['peru', 'peru'], keys: ['republica del peru', 'say "hi" \\ bye'] })).toEqual([
      'mergedIds:"peru" OR nameKey:"republica del peru" OR aliasKeys:"republica del peru" OR nameKey:"say \\"hi\\" \\\\ bye" OR ' +
        'aliasKeys:"say \\"hi\\" \\\\ bye"',
    ]);
    expect(il.keySearches({ ids: [], keys: [] })).toEqual([]);
  });

  it('splits a large look-up into queries Lucene accepts (at most 256 clauses each)', () => {
    const searches = il.keySearches({
      ids: Array.from({ length: 300 }, (_, i) => `e-${i}`),
      keys: Array.from({ length: 200 }, (_, i) => `k ${i}`),
    });
    expect(searches.map((s) => s.split(' OR ').length)).toEqual([256, 256, 188]);
  });

  it('declares the resolution index the look-up names: keyword analyzer over name key, alias keys and merged ids', async () => {
    const defs = (await readSchemaStatements(SCHEMA_DIR)).map(indexDefinition);
    expect(defs.find((d) => d?.name === il.ENTITY_KEYS_INDEX)).toEqual({
      name: il.ENTITY_KEYS_INDEX,
      type: 'FULLTEXT',
      entityType: 'NODE',
      labelsOrTypes: ['Entity'],
      properties: ['nameKey', 'aliasKeys', 'mergedIds'],
      config: { 'fulltext.analyzer': 'keyword', 'fulltext.eventually_consistent': false },
    });
    expect(defs.find((d) => d?.name === 'article_url')).toMatchObject({ type: 'RANGE', labelsOrTypes: ['Article'], properties: ['url'] });
  });

  it('reads the candidates by id and through the entity_keys index, each id once', () => {
    expect(
      il.resolutionCandidates({ ids: ['peru', 'peru', 'china'], keys: ['peru'], identifierKeys: ['WIKIDATA:Q419', 'ISO3166:PE'] }),
    ).toEqual({
      cypher: `CALL () {
  UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e
  UNION
  UNWIND $searches AS search CALL db.index.fulltext.queryNodes('entity_keys', search) YIELD node RETURN node AS e
  UNION
  UNWIND $identifierKeys AS key MATCH (k:IdentifierKey {key: key}) MATCH (e:Entity {id: k.entityId}) RETURN e
}
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, coalesce(e.mergedIds, []) AS mergedIds,
  coalesce(e.identifiers, []) AS identifiers, e.description AS description
ORDER BY id`,
      params: {
        ids: ['peru', 'china'],
        searches: ['mergedIds:"peru" OR mergedIds:"china" OR nameKey:"peru" OR aliasKeys:"peru"'],
        identifierKeys: ['ISO3166:PE', 'WIKIDATA:Q419'],
      },
    });
  });

  it("reads resolve's articles, entities and id clashes in one statement, the same text for any input", () => {
    const q = il.inputLookups({
      articleIds: ['a1'],
      urls: ['https://example.org/a'],
      ids: ['peru', 'peru'],
      keys: ['peru'],
      identifierKeys: ['ISO3166:PE', 'ISO3166:PE'],
      entityIds: ['x', 'x'],
    });
    expect(q).toEqual({
      cypher: `CALL () {
  CALL () {
    UNWIND $articleIds AS id MATCH (a:Article {id: id}) RETURN a
    UNION
    UNWIND $urls AS url MATCH (a:Article {url: url}) RETURN a
  }
  RETURN collect(a {.id, .url}) AS articles
}
CALL () {
  CALL () {
    UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e
    UNION
    UNWIND $searches AS search CALL db.index.fulltext.queryNodes('entity_keys', search) YIELD node RETURN node AS e
    UNION
    UNWIND $identifierKeys AS key MATCH (k:IdentifierKey {key: key}) MATCH (e:Entity {id: k.entityId}) RETURN e
  }
  WITH e ORDER BY e.id
  RETURN collect(e {.id, .name, .type, aliases: coalesce(e.aliases, []), mergedIds: coalesce(e.mergedIds, []),
    identifiers: coalesce(e.identifiers, []), .description}) AS entities
}
CALL () {
  CALL () {
    UNWIND $articleIds AS id MATCH (:Entity {id: id}) RETURN id
    UNION
    UNWIND $articleIdSearches AS search CALL db.index.fulltext.queryNodes('entity_keys', search) YIELD node
    UNWIND node.mergedIds AS id WITH id WHERE id IN $articleIds RETURN id
  }
  RETURN collect(id) AS articleIdsOfEntities
}
CALL () {
  UNWIND $entityIds AS id MATCH (:Article {id: id}) RETURN collect(id) AS entityIdsOfArticles
}
RETURN articles, entities, articleIdsOfEntities, entityIdsOfArticles`,
      params: {
        articleIds: ['a1'],
        urls: ['https://example.org/a'],
        ids: ['peru'],
        searches: ['mergedIds:"peru" OR nameKey:"peru" OR aliasKeys:"peru"'],
        identifierKeys: ['ISO3166:PE'],
        articleIdSearches: ['mergedIds:"a1"'],
        entityIds: ['x'],
      },
    });
    expect(il.inputLookups({ articleIds: [], urls: [], ids: ids(300), keys: ['x'], entityIds: [] }).cypher).toBe(q.cypher);
  });

  it('reads articles by id or URL through a union of seeks', () => {
    expect(il.articlesByIdOrUrl({ ids: ['a1'], urls: ['https://example.org/a'] })).toEqual({
      cypher: `CALL () {
  UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a
  UNION
  UNWIND $urls AS url MATCH (a:Article {url: url}) RETURN a
}
RETURN a.id AS id, a.url AS url`,
      params: { ids: ['a1'], urls: ['https://example.org/a'] },
    });
  });

  it('carries ids, URLs and keys only as parameters', () => {
    expectOnlyInParams(il.resolutionCandidates({ ids: [HOSTILE], keys: [HOSTILE] }));
    expectOnlyInParams(il.inputLookups({ articleIds: [HOSTILE], urls: [HOSTILE], ids: [HOSTILE], keys: [HOSTILE], entityIds: [HOSTILE] }));
    expectOnlyInParams(il.articlesByIdOrUrl({ ids: [HOSTILE], urls: [] }));
  });
});
