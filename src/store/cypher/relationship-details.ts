/**
 * What every compiled read shares: what an operation selects below a list of relationships
 * (endpoints and their degrees, evidence and its articles, source counts), read with `CALL`
 * subqueries in the read's own statement. A detail nobody selects is not in the text, so each
 * operation shape has one text, which Neo4j plans once. Hand-written for this schema, the way
 * `@neo4j/graphql` translates a selection into one statement.
 *
 * The compiled reads (entity-read.ts, neighborhood-read.ts, shortest-path-read.ts) answer as the
 * separate look-ups they replace (lookups.ts, list-relationships.ts, shortest-paths.ts), in the
 * same orders; their tests under test/store/cypher compare them.
 */
import { articleMap, entityMap, FULL_SHAPE, relationshipMap, type Shape } from './fragments.js';

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

/**
 * The details and node list for a subgraph or path whose node list variable `list` holds every
 * endpoint: entity rows of the nodes when the nodes or the endpoints are selected.
 */
export function withNodes(
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
