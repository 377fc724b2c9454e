/**
 * Type definitions that let `@neo4j/graphql` serve the project's graph: `Entity` nodes with one
 * pair of `@relationship` fields (outgoing, incoming) per relation type, claim properties on the
 * relationships, evidence reached from a claim through a `@cypher` field (evidence nodes link to
 * their relationship by `relationshipId`, a property, which `@relationship` cannot follow), and the
 * project's full-text index through `@fulltext`.
 */
import type { RelationType } from '../src/domain/vocabulary.js';
import { RELATION_TYPE_NAMES } from '../src/domain/vocabulary.js';

/** The field name of a relation type in one direction: `signedOut`, `signedIn`. */
export function peerField(type: RelationType, direction: 'OUT' | 'IN'): string {
  const camel = type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return `${camel}${direction === 'OUT' ? 'Out' : 'In'}`;
}

/** The SDL for `@neo4j/graphql` (v7), every relation type of the vocabulary included. */
export function peerTypeDefs(types: readonly RelationType[] = RELATION_TYPE_NAMES): string {
  const relFields = types
    .flatMap((t) =>
      (['OUT', 'IN'] as const).map(
        (d) => `  ${peerField(t, d)}: [Entity!]! @relationship(type: "${t}", direction: ${d}, properties: "Claim", aggregate: false)`,
      ),
    )
    .join('\n');
  return `
type Entity @node(labels: ["Entity"]) @mutation(operations: []) @fulltext(indexes: [{ indexName: "entity_search", queryName: "searchEntities", fields: ["searchText"] }]) {
  id: ID!
  name: String!
  type: String!
  aliases: [String!]
  description: String
  searchText: String
${relFields}
}

type Claim @relationshipProperties {
  id: ID!
  validFrom: String
  validTo: String
  status: String
  topic: String
  role: String
  knownFrom: String
  quantities: String
  evidence: [Evidence!]! @cypher(statement: "MATCH (ev:Evidence {relationshipId: this.id}) RETURN ev", columnName: "ev")
}

type Evidence @node @mutation(operations: []) {
  id: ID!
  quote: String!
  relationshipId: String!
  article: [Article!]! @relationship(type: "FROM", direction: OUT, aggregate: false)
}

type Article @node @mutation(operations: []) {
  id: ID!
  title: String
  source: String!
  url: String
  publishedAt: String
  language: String
}
`;
}
