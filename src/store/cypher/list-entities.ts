/**
 * Pure builders of the entity listing: a page of entities in name order, and the count of them.
 * Every value is a parameter.
 */
import type { Query } from '../gateway.js';
import { entityMap } from './fragments.js';

/** One page of entities in (name, id) order after the keyset cursor, plus the total. */
export function listEntities({ type, after, limit }: { type: string | null; after: [string, string] | null; limit: number }): Query {
  return {
    cypher: `MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type
WITH count(e) AS total
CALL (total) {
  MATCH (e:Entity) WHERE ($type IS NULL OR e.type = $type)
    AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
  RETURN e ORDER BY e.name, e.id LIMIT $limit
}
RETURN total, ${entityMap('e')} AS entity`,
    params: { type, afterName: after?.[0] ?? null, afterId: after?.[1] ?? null, limit },
  };
}

/** Counts entities (the total for an empty page). */
export function countEntities({ type }: { type: string | null }): Query {
  return { cypher: 'MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type RETURN count(e) AS total', params: { type } };
}
