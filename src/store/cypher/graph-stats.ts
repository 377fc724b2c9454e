/**
 * Pure builders of the graph's statistics: its counts by label and type, and the inputs of the
 * centrality rankings (degrees, every edge for PageRank, the candidates). Every value is a
 * parameter.
 */
import type { Query } from '../gateway.js';
import { entityMap } from './fragments.js';
import { DEGREE } from './relationship-details.js';

/** Counts of the whole graph, by entity type and by relation type. */
export function graphStats(): Query {
  return {
    cypher: `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
CALL () { MATCH (e:Entity) WITH e.type AS type, count(*) AS count ORDER BY type RETURN collect({type: type, count: count}) AS entitiesByType }
CALL () { MATCH (:Entity)-[r]->(:Entity) WITH type(r) AS type, count(*) AS count ORDER BY type RETURN collect({type: type, count: count}) AS relationshipsByType }
CALL () { MATCH (:Entity)-[r]->(:Entity) WITH DISTINCT r.status AS status ORDER BY status RETURN collect(status) AS statuses }
RETURN entities, relationships, articles, evidence, entitiesByType, relationshipsByType, statuses`,
    params: {},
  };
}

/** Degree of every entity (optionally of one type), highest first. */
export function degreeRanking({ type, limit }: { type: string | null; limit: number }): Query {
  return {
    cypher: `MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type
WITH e, ${DEGREE('e')} AS score
ORDER BY score DESC, e.name, e.id LIMIT $limit
RETURN ${entityMap('e')} AS entity, score`,
    params: { type, limit },
  };
}

/** Every entity-to-entity edge as a pair of ids, for in-process PageRank. */
export function allEdges(): Query {
  return { cypher: 'MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id AS s, t.id AS t', params: {} };
}

/** Entities by id, for ranking results. */
export function entitiesOfType({ type }: { type: string | null }): Query {
  return { cypher: `MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type RETURN ${entityMap('e')} AS entity`, params: { type } };
}
