/**
 * The compiled read of a neighbourhood: the ego network of an entity, breadth-first within one
 * statement, with the details selected below its relationships (see relationship-details.ts). Its
 * answers are those of an in-memory breadth-first search; test/store/cypher/neighborhood-read.test.ts
 * compares them.
 */
import type { Query } from '../gateway.js';
import { edgeCondition, edgeParams, FULL_SHAPE, relationshipMap, typePattern, type EdgeFilter, type Shape } from './fragments.js';
import { detailsCalls, withNodes, type RelationshipDetails } from './relationship-details.js';

/** Adds to `nodes` the endpoints of the relationships in `rels` that it does not hold, in order. */
const grow = (nodes: string, rels: string): string =>
  `reduce(seen = ${nodes}, x IN ${rels} | reduce(s = seen, n IN [startNode(x), endNode(x)] | CASE WHEN n IN s THEN s ELSE s + n END))`;

/**
 * One breadth-first level of a neighbourhood: from each entity of `frontier`, at most `room + 1`
 * relationships not yet taken, in the order the store keeps them (a hub is never read whole: each
 * reads at most `$limit + 1`, then keeps the first `room + 1`, as LIMIT takes no variable); of those,
 * the lowest ids up to the room left; the entities they reach for the first time are the next
 * frontier. A level after a cut, or with nothing to expand, adds nothing.
 */
const LEVEL = (types: string, condition: string): string => `CALL (rels, frontier, truncated) {
  UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS f
  WITH f, rels, $limit - size(rels) + 1 AS keep
  CALL (f, rels, keep) {
    MATCH (f)-[r${types}]-(:Entity)
    WHERE NOT r IN rels AND ${condition}
    WITH keep, r LIMIT $read
    WITH keep, collect(r) AS read
    RETURN read[..keep] AS some
  }
  UNWIND some AS r
  WITH DISTINCT r ORDER BY r.id
  RETURN collect(r) AS found
}
WITH *, $limit - size(rels) AS room
WITH c, rels + found[..room] AS rels, truncated OR size(found) > room AS truncated, nodes, ${grow('nodes', 'found[..room]')} AS grown
WITH c, rels, truncated, grown AS nodes, grown[size(nodes)..] AS frontier`;

/**
 * The ego network of an entity up to `depth` hops, breadth-first, at most `limit` relationships
 * (`truncated` when a cap cut it), level by level within the one statement; entities in the order
 * they are reached. With `nodes`, the entity rows of every node too. No row when the id is unknown.
 */
export function neighborhoodRead({
  id,
  depth,
  filter,
  limit,
  nodes,
  details,
  shape = FULL_SHAPE,
}: {
  id: string;
  depth: number;
  filter: EdgeFilter;
  limit: number;
  nodes: { degree: boolean } | null;
  details: RelationshipDetails;
  shape?: Shape;
}): Query {
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw new Error(`depth out of range: ${depth}`);
  const [d, list] = withNodes(details, nodes, 'nodes');
  const tail = detailsCalls('rels', d, shape, list);
  return {
    cypher: `MATCH (c:Entity {id: $id})
WITH c, [] AS rels, [c] AS nodes, [c] AS frontier, false AS truncated
${Array.from({ length: depth }, () => LEVEL(typePattern(filter.types), edgeCondition(filter))).join('\n')}
${tail.cypher}
RETURN [n IN nodes | n.id] AS nodeIds, [x IN rels | ${relationshipMap('x', shape.relationship)}] AS rels, truncated${tail.columns.map((c) => `, ${c}`).join('')}`,
    params: { id, ...edgeParams(filter), limit, read: limit + 1 },
  };
}
