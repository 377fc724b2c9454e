/** Pure builders of the batched look-ups behind field resolvers (one query per field per request). */
import type { Query } from '../gateway.js';
import { articleMap, entityMap, idsByType, relationshipMap, relationshipsOfTypedIds } from './fragments.js';
import { DEGREE } from './relationship-details.js';

/**
 * Entities by id or by an id merged into them; returns `key` (the asked id) with each. Ids are
 * looked up in the unique index first; only the ids not found there are searched for among merged
 * ids (a list property no index serves), so the common case never scans. Written as one OPTIONAL
 * MATCH per key, the planner scanned every entity for every key, found or not.
 */
export function entitiesByIds({ ids }: { ids: readonly string[] }): Query {
  return {
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
    params: { ids },
  };
}

/**
 * Relationships by id; the type prefix of each id selects the type's index. One text whatever the
 * types (see `relationshipsOfTypedIds`); ids of no type of the vocabulary find nothing.
 */
export function relationshipsByIds({ ids }: { ids: readonly string[] }): Query {
  return {
    cypher: `${relationshipsOfTypedIds('ids')}\nRETURN ${relationshipMap('r')} AS rel`,
    params: { ids: idsByType(ids.map((id) => ({ id, type: id.split('-')[0]?.toUpperCase() ?? '' }))) },
  };
}

/** Evidence of relationships, with the publication start of each item's article. */
export function evidenceByRelationshipIds({ ids }: { ids: readonly string[] }): Query {
  return {
    cypher: `UNWIND $ids AS rid
MATCH (ev:Evidence {relationshipId: rid})-[:FROM]->(a:Article) USING INDEX SEEK ev:Evidence(relationshipId)
RETURN {id: ev.id, quote: ev.quote, articleId: a.id, relationshipId: rid, publishedStart: a.publishedStart} AS evidence
ORDER BY rid, a.publishedStart, a.id, ev.id`,
    params: { ids },
  };
}

/** Evidence items by id (Query.node), as `evidenceByRelationshipIds` gives them: a seek in the unique index each. */
export function evidenceByIds({ ids }: { ids: readonly string[] }): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (ev:Evidence {id: id})-[:FROM]->(a:Article)
RETURN {id: ev.id, quote: ev.quote, articleId: a.id, relationshipId: ev.relationshipId, publishedStart: a.publishedStart} AS evidence`,
    params: { ids },
  };
}

/** Number of distinct outlets behind each relationship's evidence. */
export function sourceCountsByRelationshipIds({ ids }: { ids: readonly string[] }): Query {
  return {
    cypher: `UNWIND $ids AS rid
OPTIONAL MATCH (ev:Evidence {relationshipId: rid})-[:FROM]->(a:Article) USING INDEX SEEK ev:Evidence(relationshipId)
RETURN rid AS id, count(DISTINCT toLower(a.source)) AS count`,
    params: { ids },
  };
}

/** Articles by id. */
export function articlesByIds({ ids }: { ids: readonly string[] }): Query {
  return {
    cypher: `UNWIND $ids AS id MATCH (a:Article {id: id})
RETURN ${articleMap('a')} AS article`,
    params: { ids },
  };
}

/**
 * The article with this URL, compared as ingest compares an input's URL with the graph's (the same
 * string: no case folding, no normalisation), a seek in the URL index; when several share it (only
 * article files seeded side by side can make that), the first by id.
 */
export function articleByUrl({ url }: { url: string }): Query {
  return {
    cypher: `MATCH (a:Article {url: $url})
RETURN ${articleMap('a')} AS article
ORDER BY a.id LIMIT 1`,
    params: { url },
  };
}

/** Degree (number of relationships to other entities) of each entity. */
export function degreesByIds({ ids }: { ids: readonly string[] }): Query {
  return {
    cypher: `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN id, ${DEGREE('e')} AS degree`,
    params: { ids },
  };
}

/** The ids of the relationships each article's evidence supports, in id order (articles without any are left out). */
export function relationshipIdsOfArticles({ ids }: { ids: readonly string[] }): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (ev:Evidence)-[:FROM]->(:Article {id: id})
WITH DISTINCT id, ev.relationshipId AS rid ORDER BY rid
RETURN id, collect(rid) AS ids`,
    params: { ids },
  };
}

/** Every entity's id, name, type and aliases, for mention detection and entity resolution. */
export function entityCatalog(): Query {
  return {
    cypher: 'MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases ORDER BY id',
    params: {},
  };
}
