import { describe, expect, it } from 'vitest';
import * as lk from '../../../src/store/cypher/lookups.js';
import { articleMap, entityMap, idsByType, relationshipMap, relationshipsOfTypedIds } from '../../../src/store/cypher/fragments.js';
import { RELATION_TYPE_NAMES } from '../../../src/domain/vocabulary.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

/** The look-ups that take a plain list of ids as `$ids`. */
const BY_IDS = [
  lk.entitiesByIds,
  lk.evidenceByRelationshipIds,
  lk.evidenceByIds,
  lk.sourceCountsByRelationshipIds,
  lk.articlesByIds,
  lk.degreesByIds,
  lk.relationshipIdsOfArticles,
];

describe('store: batched look-ups, by shape', () => {
  it('reads entities by id first, and only the ids not found among merged ids', () => {
    expect(lk.entitiesByIds({ ids: ['peru', 'old-peru'] })).toEqual({
      cypher: `UNWIND $ids AS key
OPTIONAL MATCH (direct:Entity {id: key})
WITH collect(CASE WHEN direct IS NOT NULL THEN {key: key, m: direct} END) AS found,
     collect(CASE WHEN direct IS NULL THEN key END) AS missing
CALL (missing) {
  UNWIND missing AS key
  MATCH (merged:Entity) WHERE key IN merged.mergedIds
  RETURN collect({key: key, m: merged}) AS viaMerge
}
UNWIND found + viaMerge AS hit
WITH hit.key AS key, hit.m AS m
RETURN key, ${entityMap('m')} AS entity`,
      params: { ids: ['peru', 'old-peru'] },
    });
  });

  it('reads relationships by id through the index of the type its id starts with, in one text whatever the types', () => {
    const q = lk.relationshipsByIds({ ids: ['visited-2', 'signed-1', 'signed-1', 'part_of-3', 'bought-9', 'nonsense'] });
    expect(q.cypher).toBe(`${relationshipsOfTypedIds('ids')}\nRETURN ${relationshipMap('r')} AS rel`);
    expect(q.params).toEqual({ ids: { VISITED: ['visited-2'], SIGNED: ['signed-1'], PART_OF: ['part_of-3'] } });
    expect(lk.relationshipsByIds({ ids: [] })).toEqual({ cypher: q.cypher, params: { ids: {} } });
    expect(lk.relationshipsByIds({ ids: ['leads-1'] }).cypher).toBe(q.cypher);
  });

  it('reads relationships by id through one branch per vocabulary type, in name order, the ids grouped by type', () => {
    const text = relationshipsOfTypedIds('ids');
    expect([...text.matchAll(/\[r:(\w+) \{id: id\}\]/g)].map((m) => m[1])).toEqual([...RELATION_TYPE_NAMES]);
    expect(lk.relationshipsByIds({ ids: ['visited-2', 'signed-1', 'signed-1', 'bought-9', 'nonsense'] }).params).toEqual({
      ids: { VISITED: ['visited-2'], SIGNED: ['signed-1'] },
    });
    expect(
      idsByType([
        { id: 'a', type: 'LEADS' },
        { id: 'b', type: 'NOT_A_TYPE' },
      ]),
    ).toEqual({ LEADS: ['a'] });
  });

  it('reads evidence by relationship id, seeking the index, oldest article first', () => {
    expect(lk.evidenceByRelationshipIds({ ids: ['signed-1'] })).toEqual({
      cypher: `UNWIND $ids AS rid
MATCH (ev:Evidence {relationshipId: rid})-[:FROM]->(a:Article) USING INDEX SEEK ev:Evidence(relationshipId)
RETURN {id: ev.id, quote: ev.quote, articleId: a.id, relationshipId: rid, publishedStart: a.publishedStart} AS evidence
ORDER BY rid, a.publishedStart, a.id, ev.id`,
      params: { ids: ['signed-1'] },
    });
  });

  it('counts the distinct outlets of each relationship, case-insensitively, zero when none', () => {
    expect(lk.sourceCountsByRelationshipIds({ ids: ['signed-1'] })).toEqual({
      cypher: `UNWIND $ids AS rid
OPTIONAL MATCH (ev:Evidence {relationshipId: rid})-[:FROM]->(a:Article) USING INDEX SEEK ev:Evidence(relationshipId)
RETURN rid AS id, count(DISTINCT toLower(a.source)) AS count`,
      params: { ids: ['signed-1'] },
    });
  });

  it('reads articles, degrees and the relationships each article supports by id', () => {
    expect(lk.articlesByIds({ ids: ['a1'] })).toEqual({
      cypher: `UNWIND $ids AS id MATCH (a:Article {id: id})\nRETURN ${articleMap('a')} AS article`,
      params: { ids: ['a1'] },
    });
    expect(lk.degreesByIds({ ids: ['peru'] })).toEqual({
      cypher: 'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN id, COUNT { (e)--() } AS degree',
      params: { ids: ['peru'] },
    });
    expect(lk.relationshipIdsOfArticles({ ids: ['a1'] })).toEqual({
      cypher: `UNWIND $ids AS id
MATCH (ev:Evidence)-[:FROM]->(:Article {id: id})
WITH DISTINCT id, ev.relationshipId AS rid ORDER BY rid
RETURN id, collect(rid) AS ids`,
      params: { ids: ['a1'] },
    });
  });

  it('reads evidence items by their own id (Query.node), each a seek in the unique index, shaped as by relationship id', () => {
    expect(lk.evidenceByIds({ ids: ['ev-0123456789abcdef'] })).toEqual({
      cypher: `UNWIND $ids AS id
MATCH (ev:Evidence {id: id})-[:FROM]->(a:Article)
RETURN {id: ev.id, quote: ev.quote, articleId: a.id, relationshipId: ev.relationshipId, publishedStart: a.publishedStart} AS evidence`,
      params: { ids: ['ev-0123456789abcdef'] },
    });
  });

  it('reads the article of a URL by the same string, first by id when several share it', () => {
    expect(lk.articleByUrl({ url: 'https://example.org/a' })).toEqual({
      cypher: `MATCH (a:Article {url: $url})\nRETURN ${articleMap('a')} AS article\nORDER BY a.id LIMIT 1`,
      params: { url: 'https://example.org/a' },
    });
    expectOnlyInParams(lk.articleByUrl({ url: HOSTILE }));
  });

  it('reads the entity catalogue in id order', () => {
    expect(lk.entityCatalog()).toEqual({
      cypher: 'MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases ORDER BY id',
      params: {},
    });
  });

  it('gives each look-up one text whatever the ids, and passes the ids as they came', () => {
    for (const build of BY_IDS) {
      const a = build({ ids: ['b', 'a', 'b'] });
      expect(a.cypher).toBe(build({ ids: [] }).cypher);
      expect(a.params).toEqual({ ids: ['b', 'a', 'b'] });
    }
  });

  it('never splices an id into a text', () => {
    for (const build of BY_IDS) expectOnlyInParams(build({ ids: ['peru', HOSTILE] }));
    expectOnlyInParams(lk.relationshipsByIds({ ids: [`signed-${HOSTILE}`] }), `signed-${HOSTILE}`);
    // An id of no vocabulary type finds nothing: it reaches neither the text nor the params.
    const unknown = lk.relationshipsByIds({ ids: [HOSTILE] });
    expect(unknown.cypher).not.toContain(HOSTILE);
    expect(unknown.params).toEqual({ ids: {} });
  });
});
