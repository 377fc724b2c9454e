import { describe, expect, it } from 'vitest';
import * as cv from '../../../src/store/cypher/content-version.js';
import { relationshipsOfTypedIds } from '../../../src/store/cypher/fragments.js';
import { VERSION_WORDS } from '../../../src/domain/content-hash.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

const ZEROS = '[0, 0, 0, 0, 0, 0, 0, 0]';
const BY_ENDS = `UNWIND $rels AS row
  MATCH (s:Entity {id: row.source})
  MATCH (t:Entity {id: row.target})
  CALL (s, t, row) { MATCH (s)-[r]->(t) WHERE r.id = row.id AND type(r) = row.type RETURN r }`;
const BY_TYPED_ID = relationshipsOfTypedIds('relationshipIds').replaceAll('\n', '\n  ');
const signed = { id: 'signed-1', type: 'SIGNED', source: 'peru', target: 'china' };

describe('store: content version statements, by shape', () => {
  it('names the version nodes: shard 0 keeps the id a single node had', () => {
    expect(VERSION_WORDS).toBe(8);
    expect(cv.VERSION_SHARDS).toBe(16);
    expect([0, 1, 15].map(cv.shardId)).toEqual(['graph', 'graph-1', 'graph-15']);
  });

  it('reads the content and stored hash of items, each relationship between its ends when all name them', () => {
    const q = cv.contentOf({ entityIds: ['peru'], articleIds: ['a1'], relationships: [signed] });
    expect(q.cypher).toBe(`CALL () {
  UNWIND $entityIds AS id MATCH (e:Entity {id: id})
  RETURN 'entity' AS kind, id, e {.id, .name, .type, .aliases, .description, .mergedIds, .identifiers} AS content, e.contentHash AS stored
  UNION ALL
  UNWIND $articleIds AS id MATCH (a:Article {id: id})
  RETURN 'article' AS kind, id, a {.id, .title, .source, .url, .publishedAt, .language, .note} AS content, a.contentHash AS stored
  UNION ALL
  ${BY_ENDS}
  RETURN 'relationship' AS kind, r.id AS id,
    r {.id, .topic, .role, .validFrom, .validTo, .status, .reportedStatus, .disputedBy, .quantities, .note, type: type(r), source: startNode(r).id, target: endNode(r).id,
       evidence: [(ev:Evidence {relationshipId: r.id})-[:FROM]->(cited:Article) | {article: cited.id, quote: ev.quote}]} AS content,
    r.contentHash AS stored
}
RETURN kind, id, content, stored`);
    expect(q.params).toEqual({ entityIds: ['peru'], articleIds: ['a1'], rels: [signed] });
    expect(cv.contentOf({ entityIds: [], articleIds: [], relationships: [] }).params).toEqual({ entityIds: [], articleIds: [], rels: [] });
  });

  it('finds relationships by typed id when one does not name its ends, in one text whatever the types', () => {
    const q = cv.contentOf({ entityIds: [], articleIds: [], relationships: [signed, { id: 'visited-2', type: 'VISITED' }] });
    expect(q.cypher).toBe(
      cv.contentOf({ entityIds: [], articleIds: [], relationships: [signed] }).cypher.replace(BY_ENDS, () => BY_TYPED_ID),
    );
    expect(q.params).toEqual({ entityIds: [], articleIds: [], relationshipIds: { SIGNED: ['signed-1'], VISITED: ['visited-2'] } });
    expect(cv.contentOf({ entityIds: ['x'], articleIds: [], relationships: [{ id: 'leads-9', type: 'LEADS' }] }).cypher).toBe(q.cypher);
  });

  it('writes the hashes and adds the difference to one version node, created at zero', () => {
    const q = cv.writeContentHashes({
      entities: [{ id: 'peru', hash: 'e1' }],
      articles: [{ id: 'a1', hash: null }],
      relationships: [{ ...signed, hash: 'r1' }],
      delta: [1, 2, 3, 4, 5, 6, 7, 8],
      shard: 3,
    });
    expect(q.cypher).toBe(`CALL () { UNWIND $entities AS row MATCH (e:Entity {id: row.id}) SET e.contentHash = row.hash }
CALL () { UNWIND $articles AS row MATCH (a:Article {id: row.id}) SET a.contentHash = row.hash }
CALL () {
  ${BY_ENDS}
  SET r.contentHash = $relationshipHashes[r.id]
}
MERGE (v:DataVersion {id: $shard}) ON CREATE SET v.sums = ${ZEROS}
SET v.sums = [i IN range(0, 7) | (v.sums[i] + toInteger($delta[i])) % 4294967296]`);
    expect(q.params).toEqual({
      entities: [{ id: 'peru', hash: 'e1' }],
      articles: [{ id: 'a1', hash: null }],
      rels: [signed],
      relationshipHashes: { 'signed-1': 'r1' },
      delta: [1, 2, 3, 4, 5, 6, 7, 8],
      shard: 'graph-3',
    });
    const typed = cv.writeContentHashes({
      entities: [],
      articles: [],
      relationships: [{ id: 'signed-1', type: 'SIGNED', hash: 'r1' }],
      delta: [],
      shard: 0,
    });
    expect(typed.cypher).toBe(q.cypher.replace(BY_ENDS, () => BY_TYPED_ID));
    expect(typed.params).toEqual({
      entities: [],
      articles: [],
      relationshipIds: { SIGNED: ['signed-1'] },
      relationshipHashes: { 'signed-1': 'r1' },
      delta: [],
      shard: 'graph',
    });
  });

  it('reads the version, resets it to one node at zero, and lists every item', () => {
    expect(cv.readVersion()).toEqual({ cypher: 'MATCH (v:DataVersion) RETURN v.sums AS sums', params: {} });
    expect(cv.resetVersion()).toEqual({
      cypher: `CALL () { MATCH (v:DataVersion) WHERE v.id <> 'graph' DELETE v }\nMERGE (v:DataVersion {id: 'graph'}) SET v.sums = ${ZEROS}`,
      params: {},
    });
    expect(cv.allItemIds()).toEqual({
      cypher: `CALL () { MATCH (e:Entity) RETURN collect(e.id) AS entityIds }
CALL () { MATCH (a:Article) RETURN collect(a.id) AS articleIds }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN collect({id: r.id, type: type(r)}) AS relationships }
RETURN entityIds, articleIds, relationships`,
      params: {},
    });
  });

  it('never splices an id, an end, a hash or a sum into a text', () => {
    const rel = { id: HOSTILE, type: HOSTILE, source: HOSTILE, target: HOSTILE };
    expectOnlyInParams(cv.contentOf({ entityIds: [HOSTILE], articleIds: [HOSTILE], relationships: [rel] }));
    expectOnlyInParams(cv.contentOf({ entityIds: [], articleIds: [], relationships: [{ id: HOSTILE, type: 'SIGNED' }] }));
    expectOnlyInParams(
      cv.writeContentHashes({
        entities: [{ id: HOSTILE, hash: HOSTILE }],
        articles: [],
        relationships: [{ ...rel, hash: HOSTILE }],
        delta: [0],
        shard: 1,
      }),
    );
  });
});
