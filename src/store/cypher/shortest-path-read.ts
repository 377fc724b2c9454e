/**
 * The compiled read of a shortest path, preferring firm claims, with the details selected below
 * its relationships (see relationship-details.ts), in one statement. Its answers are those of the
 * two-statement search it replaces (`shortestPaths` twice, as the reader's `paths` runs it);
 * test/store/cypher/shortest-path-read.test.ts compares them.
 */
import type { Query } from '../gateway.js';
import { FIRM_STATUSES } from '../../domain/vocabulary.js';
import { edgeCondition, edgeParams, FULL_SHAPE, relationshipMap, typePattern, type EdgeFilter, type Shape } from './fragments.js';
import { detailsCalls, withNodes, type RelationshipDetails } from './relationship-details.js';

/** Per step of the node list `ns`: the firmest relationship between its two entities passing `pred`, then the lowest id. */
const HOPS = (ns: string, out: string, types: string, pred: string): string => `CALL (${ns}) {
  UNWIND range(0, size(${ns}) - 2) AS i
  CALL (${ns}, i) {
    WITH ${ns}[i] AS x, ${ns}[i + 1] AS y
    MATCH (x)-[r${types}]-(y)
    WHERE ${pred}
    RETURN r ORDER BY CASE WHEN r.status IN $firm THEN 0 ELSE 1 END, r.id LIMIT 1
  }
  WITH i, r ORDER BY i
  RETURN collect(r) AS ${out}
}`;

/**
 * A shortest path between two entities within `maxHops`, ignoring direction, preferring firm
 * claims, in one statement: the first shortest path the search meets, each hop on the firmest
 * relationship between its entities (then the lowest id); when a hop holds a disputed, planned or
 * reversed claim, a search of the same length over the firm statuses the filter allows, taken when
 * it finds a path (one branch per length: a hop bound is a literal). Columns: `nodeIds`, `rels`
 * and the selected details; with `nodes`, the entity rows of the path's nodes. No row when none
 * (or when both ends are one entity). As `bestPath` reads it in two statements.
 */
export function shortestPathRead({
  from,
  to,
  maxHops,
  filter,
  nodes,
  details,
  shape = FULL_SHAPE,
}: {
  from: string;
  to: string;
  maxHops: number;
  filter: EdgeFilter;
  nodes: { degree: boolean } | null;
  details: RelationshipDetails;
  shape?: Shape;
}): Query {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 10) throw new Error(`hop bound out of range: ${maxHops}`);
  const types = typePattern(filter.types);
  const firmStatuses = (filter.statuses ?? FIRM_STATUSES).filter((s) => (FIRM_STATUSES as readonly string[]).includes(s));
  const pred = edgeCondition(filter);
  const firmPred = edgeCondition(filter, 'r', 'firmStatuses', firmStatuses);
  const branches = Array.from({ length: maxHops - 1 }, (_, k) => k + 2).map(
    (len) => `    WITH a, b WHERE len = ${len}
    MATCH q = shortestPath((a)-[rs${types}*1..${len}]-(b)) WHERE all(r IN rs WHERE ${firmPred})
    RETURN nodes(q) AS firmNodes`,
  );
  const firmer =
    branches.length > 0 && firmStatuses.length > 0
      ? `OPTIONAL CALL (a, b, ns, hops) {
  WITH a, b, size(ns) - 1 AS len
  WHERE any(r IN hops WHERE NOT r.status IN $firm)
  CALL (a, b, len) {
${branches.join('\n    UNION ALL\n')}
  }
  ${HOPS('firmNodes', 'firmHops', types, firmPred).replace(/\n/g, '\n  ')}
  RETURN firmNodes, firmHops
}
WITH coalesce(firmNodes, ns) AS ns, coalesce(firmHops, hops) AS hops`
      : '';
  const [d, list] = withNodes(details, nodes, 'ns');
  const tail = detailsCalls('hops', d, shape, list);
  return {
    cypher: [
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) WHERE a <> b
MATCH p = shortestPath((a)-[rs${types}*1..${maxHops}]-(b))
WHERE all(r IN rs WHERE ${pred})
WITH a, b, nodes(p) AS ns LIMIT 1`,
      HOPS('ns', 'hops', types, pred),
      firmer,
      tail.cypher,
      `RETURN [n IN ns | n.id] AS nodeIds, [x IN hops | ${relationshipMap('x', shape.relationship)}] AS ` +
        `rels${tail.columns.map((c) => `, ${c}`).join('')}`,
    ]
      .filter(Boolean)
      .join('\n'),
    params: { from, to, firm: FIRM_STATUSES, firmStatuses, ...edgeParams(filter) },
  };
}
