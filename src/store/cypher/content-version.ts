/**
 * Pure builders of the reads and writes that keep the graph's content version current (see
 * src/domain/content-hash.ts): each item's content and stored hash, the new hashes and the
 * version's sums, held by one `DataVersion` node.
 */
import type { Query } from '../gateway.js';
import { VERSION_WORDS } from '../../domain/content-hash.js';
import { idsByType, relationshipsOfTypedIds } from './fragments.js';

const ZEROS = `[${Array.from({ length: VERSION_WORDS }, () => '0').join(', ')}]`;

/**
 * How many `DataVersion` nodes hold the version's sums: each write adds its difference to one of
 * them, chosen at random, and the version is their sum (per word, modulo 2^32). With one node,
 * every write that changed anything held its lock from its content version step to its commit,
 * so concurrent writes committed one at a time; with 16, four writes at once rarely meet.
 */
export const VERSION_SHARDS = 16;

/** The id of version node `shard` (0 is the node a single-node version had: `graph`). */
export const shardId = (shard: number): string => (shard === 0 ? 'graph' : `graph-${shard}`);

/** A relationship by id and type, and, when known, the ids of its ends as the graph holds them. */
export interface RelationshipRef {
  id: string;
  type: string;
  source?: string;
  target?: string;
}

/** Items by id: entities, articles, and relationships with their types (and ends, when known). */
export interface ItemIds {
  entityIds: readonly string[];
  articleIds: readonly string[];
  relationships: readonly RelationshipRef[];
}

/**
 * Whether every relationship names its ends: then the statements find each one between its two
 * ends (two seeks in the entity id index and an expand), a text planned in milliseconds; else by
 * typed id through one branch per vocabulary type (relationshipsOfTypedIds), a text whose plan
 * took 0.8–2.7 s of Neo4j CPU at 10k, paid again on every re-plan (a new parameter size bucket,
 * statistics that moved): what an ingest cost most before it named the ends.
 */
const byEnds = (relationships: readonly RelationshipRef[]): relationships is readonly Required<RelationshipRef>[] =>
  relationships.every((r) => r.source !== undefined && r.target !== undefined);

/** The relationship `r` of each row of `$rels` (id, type, source, target), found between its ends. */
const relationshipsOfEnds = `UNWIND $rels AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CALL (s, t, row) { MATCH (s)-[r]->(t) WHERE r.id = row.id AND type(r) = row.type RETURN r }`;

/** The relationship rows of the `$rels` parameter. */
const relRows = (relationships: readonly Required<RelationshipRef>[]): { id: string; type: string; source: string; target: string }[] =>
  relationships.map(({ id, type, source, target }) => ({ id, type, source, target }));

/**
 * The content of these items as the content hash reads it (a relationship with its evidence:
 * quote and cited article), and the hash each one holds; items the graph lacks are left out.
 */
export function contentOf({ entityIds, articleIds, relationships }: ItemIds): Query {
  const ends = byEnds(relationships);
  return {
    cypher: `CALL () {
  UNWIND $entityIds AS id MATCH (e:Entity {id: id})
  RETURN 'entity' AS kind, id, e {.id, .name, .type, .aliases, .description, .mergedIds, .identifiers} AS content, e.contentHash AS stored
  UNION ALL
  UNWIND $articleIds AS id MATCH (a:Article {id: id})
  RETURN 'article' AS kind, id, a {.id, .title, .source, .url, .publishedAt, .language, .note} AS content, a.contentHash AS stored
  UNION ALL
  ${(ends ? relationshipsOfEnds : relationshipsOfTypedIds('relationshipIds')).replaceAll('\n', '\n  ')}
  RETURN 'relationship' AS kind, r.id AS id,
    r {.id, .topic, .role, .validFrom, .validTo, .status, .reportedStatus, .disputedBy, .quantities, .note, type: type(r), source: startNode(r).id, target: endNode(r).id,
       evidence: [(ev:Evidence {relationshipId: r.id})-[:FROM]->(cited:Article) | {article: cited.id, quote: ev.quote}]} AS content,
    r.contentHash AS stored
}
RETURN kind, id, content, stored`,
    params: { entityIds, articleIds, ...(ends ? { rels: relRows(relationships) } : { relationshipIds: idsByType(relationships) }) },
  };
}

/**
 * Sets the items' hashes and adds `delta` (per word, modulo 2^32) to the sums of version node
 * `shard`, creating it at zero when there is none. The sums are read under the node's write lock
 * (a `SET` whose value reads the property it sets takes the lock first), so concurrent writes
 * add up; the lock is held to the end of the transaction.
 */
export function writeContentHashes({
  entities,
  articles,
  relationships,
  delta,
  shard,
}: {
  entities: readonly { id: string; hash: string | null }[];
  articles: readonly { id: string; hash: string | null }[];
  relationships: readonly (RelationshipRef & { hash: string | null })[];
  delta: readonly number[];
  shard: number;
}): Query {
  const ends = byEnds(relationships);
  return {
    cypher: `CALL () { UNWIND $entities AS row MATCH (e:Entity {id: row.id}) SET e.contentHash = row.hash }
CALL () { UNWIND $articles AS row MATCH (a:Article {id: row.id}) SET a.contentHash = row.hash }
CALL () {
  ${(ends ? relationshipsOfEnds : relationshipsOfTypedIds('relationshipIds')).replaceAll('\n', '\n  ')}
  SET r.contentHash = $relationshipHashes[r.id]
}
MERGE (v:DataVersion {id: $shard}) ON CREATE SET v.sums = ${ZEROS}
SET v.sums = [i IN range(0, ${VERSION_WORDS - 1}) | (v.sums[i] + toInteger($delta[i])) % 4294967296]`,
    params: {
      entities,
      articles,
      ...(ends ? { rels: relRows(relationships) } : { relationshipIds: idsByType(relationships) }),
      relationshipHashes: Object.fromEntries(relationships.map((r) => [r.id, r.hash])),
      delta,
      shard: shardId(shard),
    },
  };
}

/** The sums of every version node (their sum is the version's), or no row when there is none. */
export function readVersion(): Query {
  return { cypher: 'MATCH (v:DataVersion) RETURN v.sums AS sums', params: {} };
}

/** Sets the version to that of an empty graph (a restore, after deleting the content): one node, at zero. */
export function resetVersion(): Query {
  return {
    cypher: `CALL () { MATCH (v:DataVersion) WHERE v.id <> 'graph' DELETE v }\nMERGE (v:DataVersion {id: 'graph'}) SET v.sums = ${ZEROS}`,
    params: {},
  };
}

/** The ids of every item that has content. */
export function allItemIds(): Query {
  return {
    cypher: `CALL () { MATCH (e:Entity) RETURN collect(e.id) AS entityIds }
CALL () { MATCH (a:Article) RETURN collect(a.id) AS articleIds }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN collect({id: r.id, type: type(r)}) AS relationships }
RETURN entityIds, articleIds, relationships`,
    params: {},
  };
}
