/**
 * Reads compiled from what an operation selects: one statement per top-level field (an entity with
 * its relationship pages, a neighbourhood, a shortest path) that also reads, with `CALL`
 * subqueries, the details the operation selects below the relationships it returns — endpoints
 * (and their degrees), evidence (and its articles), source counts. A detail nobody selects is not
 * in the text, so each operation shape has one text, which Neo4j plans once. Hand-written for this
 * schema, the way `@neo4j/graphql` translates a selection into one statement.
 *
 * The answers are those of the separate look-ups (graph-reads.ts, lookups.ts) they replace, in the
 * same orders; test/store/cypher/compiled-reads.test.ts compares them.
 */
import type { Query } from '../gateway.js';
import { FIRM_STATUSES, type RelationType } from '../../domain/vocabulary.js';
import {
  articleMap,
  edgeCondition,
  edgeParams,
  entityMap,
  FULL_SHAPE,
  relationshipMap,
  typePattern,
  type EdgeFilter,
  type Shape,
} from './fragments.js';

/** What an operation selects below a list of relationships, beyond their own fields. */
export interface RelationshipDetails {
  /** `source` or `target`. */
  endpoints: boolean;
  /** `degree` of an endpoint. */
  endpointDegrees: boolean;
  evidence: boolean;
  /** `article` of an evidence item. */
  articles: boolean;
  sourceCount: boolean;
}

/** Nothing below the relationships' own fields. */
export const NO_DETAILS: RelationshipDetails = {
  endpoints: false,
  endpointDegrees: false,
  evidence: false,
  articles: false,
  sourceCount: false,
};

/**
 * The degree of entity `v`: the number of its relationships, which Neo4j keeps per node (and per
 * type and direction), so reading it does not walk a hub's relationships. Every relationship of an
 * entity is a claim to another entity (evidence points at claims by id), and the writer refuses
 * loops, so this equals the number of distinct relationships to entities.
 */
export const DEGREE = (v: string): string => `COUNT { (${v})--() }`;

/** An entity row for the loaders: its map, and its degree when asked. */
const entityRow = (v: string, degree: boolean, shape: Shape): string =>
  `{entity: ${entityMap(v, shape.entity)}${degree ? `, degree: ${DEGREE(v)}` : ''}}`;

/**
 * `CALL` subqueries reading the details of the relationships in the list variable `rels`, and the
 * columns they add (to go into the RETURN as they are): `endpoints` (entity rows of their endpoints, or of the node list variable
 * `nodes` when given: a subgraph's or path's nodes, which hold every endpoint) and `details` (per relationship: its evidence, oldest
 * article first, as the evidence look-up orders it, each item with its article when asked; the
 * number of distinct outlets). Empty when nothing is selected.
 */
export function detailsCalls(rels: string, d: RelationshipDetails, shape: Shape, nodes?: string): { cypher: string; columns: string[] } {
  const calls: string[] = [];
  const columns: string[] = [];
  if (nodes) {
    // A node list holds each entity once: projected in place.
    columns.push(`[n IN ${nodes} | ${entityRow('n', d.endpointDegrees, shape)}] AS endpoints`);
  } else if (d.endpoints) {
    calls.push(`CALL (${rels}) {
  UNWIND [x IN ${rels} | startNode(x)] + [x IN ${rels} | endNode(x)] AS n
  WITH DISTINCT n
  RETURN collect(${entityRow('n', d.endpointDegrees, shape)}) AS endpoints
}`);
    columns.push('endpoints');
  }
  if (d.evidence || d.sourceCount) {
    // The hint keeps the seek by relationship id: planned on a freshly loaded graph (statistics not
    // yet sampled), this subquery scanned the whole Evidence index for every relationship.
    const quote = shape.quote ? ', quote: ev.quote' : '';
    const article = d.articles ? `, article: ${articleMap('a', shape.article)}` : ', articleId: a.id';
    const outputs = [
      d.evidence ? `collect({id: ev.id${quote}, publishedStart: a.publishedStart${article}}) AS items` : null,
      d.sourceCount ? 'count(DISTINCT toLower(a.source)) AS sources' : null,
    ].filter(Boolean);
    const fields = ['id: r.id', d.evidence ? 'evidence: items' : null, d.sourceCount ? 'sourceCount: sources' : null].filter(Boolean);
    calls.push(`CALL (${rels}) {
  UNWIND ${rels} AS r
  WITH DISTINCT r
  CALL (r) {
    MATCH (ev:Evidence {relationshipId: r.id})-[:FROM]->(a:Article) USING INDEX SEEK ev:Evidence(relationshipId)
    WITH ev, a ORDER BY a.publishedStart, a.id, ev.id
    RETURN ${outputs.join(', ')}
  }
  RETURN collect({${fields.join(', ')}}) AS details
}`);
    columns.push('details');
  }
  return { cypher: calls.join('\n'), columns };
}

/**
 * The end of a read that leaves its relationships, in order, in the list variable `rels`: their
 * selected details, then the columns `also`, `rels` as maps and the details' columns.
 */
export function returnRelationships(details: RelationshipDetails, also: readonly string[] = [], shape: Shape = FULL_SHAPE): string {
  const tail = detailsCalls('rels', details, shape);
  const columns = [...also, `[x IN rels | ${relationshipMap('x', shape.relationship)}] AS rels`, ...tail.columns];
  return `${tail.cypher ? `${tail.cypher}\n` : ''}RETURN ${columns.join(', ')}`;
}

/** One page of an entity's relationships, as a field selects it. */
export interface PageSpec {
  direction: 'OUT' | 'IN' | 'BOTH';
  types?: readonly RelationType[] | undefined;
  after: string | null;
  /** Rows to read: the page size plus one, which tells whether more follow. */
  limit: number;
  withTotal: boolean;
}

const arrowOf = (direction: PageSpec['direction'], types: readonly RelationType[] | undefined): string => {
  const t = typePattern(types);
  return direction === 'OUT' ? `-[r${t}]->` : direction === 'IN' ? `<-[r${t}]-` : `-[r${t}]-`;
};

/**
 * The number of relationships of entity `v` a page walks: kept by Neo4j per node, type and
 * direction, so counting a hub's does not read them (see `DEGREE`).
 */
export const pageTotal = (v: string, p: Pick<PageSpec, 'direction' | 'types'>): string => {
  const t = typePattern(p.types);
  return `COUNT { (${v})${p.direction === 'OUT' ? `-[${t}]->` : p.direction === 'IN' ? `<-[${t}]-` : `-[${t}]-`}() }`;
};

/**
 * An entity by id, or by an id merged into it (searched for only when no entity has the id), with
 * its degree when asked and each page of its relationships the operation selects (columns `page0`,
 * `total0`, …, in id order after the page's cursor, counted only when `withTotal`), and the
 * selected details of those relationships. No row when the id is unknown.
 */
export function entityRead({
  id,
  degree,
  pages,
  details,
  shape = FULL_SHAPE,
}: {
  id: string;
  degree: boolean;
  pages: readonly PageSpec[];
  details: RelationshipDetails;
  shape?: Shape;
}): Query {
  const params: Record<string, unknown> = { id };
  const pageCalls = pages.map((p, i) => {
    params[`after${i}`] = p.after;
    params[`limit${i}`] = p.limit;
    const match = `MATCH (e)${arrowOf(p.direction, p.types)}(:Entity)`;
    return (
      `CALL (e) { ${match} WHERE $after${i} IS NULL OR r.id > $after${i} WITH DISTINCT r ORDER BY r.id LIMIT $limit${i} ` +
      `RETURN collect(r) AS page${i} }`
    );
  });
  const pageVars = pages.map((_, i) => `page${i}`);
  const totals = pages.flatMap((p, i) => (p.withTotal ? [`${pageTotal('e', p)} AS total${i}`] : []));
  const tail = pages.length > 0 ? detailsCalls('rels', details, shape) : { cypher: '', columns: [] };
  const columns = [
    `${entityMap('e', shape.entity)} AS entity`,
    degree ? `${DEGREE('e')} AS degree` : null,
    ...pageVars.map((v) => `[x IN ${v} | ${relationshipMap('x', shape.relationship)}] AS ${v}`),
    ...totals,
    ...tail.columns,
  ].filter(Boolean);
  return {
    cypher: [
      `OPTIONAL MATCH (direct:Entity {id: $id})
OPTIONAL CALL (direct) {
  UNWIND CASE WHEN direct IS NULL THEN [$id] ELSE [] END AS merged
  MATCH (kept:Entity) WHERE merged IN kept.mergedIds
  RETURN kept ORDER BY kept.id LIMIT 1
}
WITH coalesce(direct, kept) AS e WHERE e IS NOT NULL`,
      ...pageCalls,
      pages.length > 0 ? `WITH *, ${pageVars.join(' + ')} AS rels` : null,
      tail.cypher || null,
      `RETURN ${columns.join(', ')}`,
    ]
      .filter(Boolean)
      .join('\n'),
    params,
  };
}

/**
 * The details and node list for a subgraph or path whose node list variable `list` holds every
 * endpoint: entity rows of the nodes when the nodes or the endpoints are selected.
 */
function withNodes(
  details: RelationshipDetails,
  nodes: { degree: boolean } | null,
  list: string,
): [RelationshipDetails, string | undefined] {
  const needed = nodes !== null || details.endpoints;
  return [
    { ...details, endpoints: false, endpointDegrees: (nodes?.degree ?? false) || details.endpointDegrees },
    needed ? list : undefined,
  ];
}

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
