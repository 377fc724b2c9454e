/** The GraphQL documents the Explorer sends: public API only (schema/schema.graphql). */

const ENTITY = 'id name type aliases description mergedIds degree';
const RELATIONSHIP = `id type topic role validFrom validTo status knownFrom note sourceCount
  quantities { value unit label }
  source { id } target { id }
  evidence { id quote article { id title source url publishedAt } }`;
const FILTER_VARS = '$types: [String!], $since: String, $until: String';
const FILTER_ARGS = 'types: $types, since: $since, until: $until';

/** What the page needs before the first view: relation types for the filters and a few starting points. */
export const INIT = `query ExplorerInit {
  vocabulary { relationTypes }
  centrality(metric: DEGREE, first: 6) { entity { id name type } }
  timeline(first: 1) { validFrom }
}`;

/** Suggestions for the search boxes. */
export const SEARCH = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 8) { id name type aliases }
}`;

/** One actor's ego network under the filters. */
export const NEIGHBORHOOD = `query ExplorerNeighborhood($id: ID!, $first: Int, ${FILTER_VARS}) {
  neighborhood(id: $id, first: $first, ${FILTER_ARGS}) {
    nodes { ${ENTITY} }
    relationships { ${RELATIONSHIP} }
    truncated
  }
}`;

const PATH = `length
  nodes { ${ENTITY} }
  steps { reversed from { id } to { id } relationship { ${RELATIONSHIP} } }`;

/** The shortest path, the alternatives, and the endpoints' names (for the inputs, even with no path). */
export const PATHS = `query ExplorerPaths($from: ID!, $to: ID!, ${FILTER_VARS}) {
  fromEntity: entity(id: $from) { id name type }
  toEntity: entity(id: $to) { id name type }
  shortestPath(from: $from, to: $to, ${FILTER_ARGS}) { ${PATH} }
  paths(from: $from, to: $to, first: 10, ${FILTER_ARGS}) { ${PATH} }
}`;

/** Who ingested an article and when: its audit entries, newest first. */
export const ARTICLE_AUDIT = `query ExplorerArticleAudit($id: ID!) {
  auditLog(articleId: $id, first: 20) { nodes { action at keyId undone } }
}`;
