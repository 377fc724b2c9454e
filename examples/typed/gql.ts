/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query EntityNeighbourhood($id: ID!, $depth: Int, $first: Int) {\n  entity(id: $id) {\n    id\n    name\n    type\n    description\n  }\n  neighborhood(id: $id, depth: $depth, first: $first) {\n    nodes {\n      id\n      name\n      type\n    }\n    relationships {\n      id\n      type\n      source {\n        id\n        name\n        type\n      }\n      target {\n        id\n        name\n        type\n      }\n      validFrom\n      status\n      evidence {\n        id\n        quote\n        article {\n          id\n          title\n          source\n          url\n          publishedAt\n        }\n      }\n    }\n    truncated\n  }\n}": typeof types.EntityNeighbourhoodDocument,
    "query EntityRelationships($id: ID!, $direction: Direction, $types: [String!], $first: Int, $after: String) {\n  entity(id: $id) {\n    id\n    name\n    type\n    aliases\n    degree\n    relationships(\n      direction: $direction\n      types: $types\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        type\n        source {\n          id\n          name\n        }\n        target {\n          id\n          name\n        }\n        topic\n        role\n        validFrom\n        validTo\n        status\n      }\n    }\n  }\n}": typeof types.EntityRelationshipsDocument,
    "query RelationshipEvidence($types: [String!], $entityId: ID, $asOf: String, $first: Int) {\n  relationships(types: $types, entityId: $entityId, asOf: $asOf, first: $first) {\n    nodes {\n      id\n      type\n      source {\n        id\n        name\n      }\n      target {\n        id\n        name\n      }\n      validFrom\n      status\n      quantities {\n        value\n        unit\n        label\n      }\n      sourceCount\n      evidence(asOf: $asOf) {\n        id\n        quote\n        article {\n          id\n          title\n          source\n          url\n          publishedAt\n        }\n      }\n    }\n  }\n}": typeof types.RelationshipEvidenceDocument,
    "query SearchEntities($text: String!, $types: [String!], $first: Int) {\n  search(text: $text, types: $types, first: $first) {\n    id\n    name\n    type\n    description\n  }\n}": typeof types.SearchEntitiesDocument,
};
const documents: Documents = {
    "query EntityNeighbourhood($id: ID!, $depth: Int, $first: Int) {\n  entity(id: $id) {\n    id\n    name\n    type\n    description\n  }\n  neighborhood(id: $id, depth: $depth, first: $first) {\n    nodes {\n      id\n      name\n      type\n    }\n    relationships {\n      id\n      type\n      source {\n        id\n        name\n        type\n      }\n      target {\n        id\n        name\n        type\n      }\n      validFrom\n      status\n      evidence {\n        id\n        quote\n        article {\n          id\n          title\n          source\n          url\n          publishedAt\n        }\n      }\n    }\n    truncated\n  }\n}": types.EntityNeighbourhoodDocument,
    "query EntityRelationships($id: ID!, $direction: Direction, $types: [String!], $first: Int, $after: String) {\n  entity(id: $id) {\n    id\n    name\n    type\n    aliases\n    degree\n    relationships(\n      direction: $direction\n      types: $types\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        type\n        source {\n          id\n          name\n        }\n        target {\n          id\n          name\n        }\n        topic\n        role\n        validFrom\n        validTo\n        status\n      }\n    }\n  }\n}": types.EntityRelationshipsDocument,
    "query RelationshipEvidence($types: [String!], $entityId: ID, $asOf: String, $first: Int) {\n  relationships(types: $types, entityId: $entityId, asOf: $asOf, first: $first) {\n    nodes {\n      id\n      type\n      source {\n        id\n        name\n      }\n      target {\n        id\n        name\n      }\n      validFrom\n      status\n      quantities {\n        value\n        unit\n        label\n      }\n      sourceCount\n      evidence(asOf: $asOf) {\n        id\n        quote\n        article {\n          id\n          title\n          source\n          url\n          publishedAt\n        }\n      }\n    }\n  }\n}": types.RelationshipEvidenceDocument,
    "query SearchEntities($text: String!, $types: [String!], $first: Int) {\n  search(text: $text, types: $types, first: $first) {\n    id\n    name\n    type\n    description\n  }\n}": types.SearchEntitiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityNeighbourhood($id: ID!, $depth: Int, $first: Int) {\n  entity(id: $id) {\n    id\n    name\n    type\n    description\n  }\n  neighborhood(id: $id, depth: $depth, first: $first) {\n    nodes {\n      id\n      name\n      type\n    }\n    relationships {\n      id\n      type\n      source {\n        id\n        name\n        type\n      }\n      target {\n        id\n        name\n        type\n      }\n      validFrom\n      status\n      evidence {\n        id\n        quote\n        article {\n          id\n          title\n          source\n          url\n          publishedAt\n        }\n      }\n    }\n    truncated\n  }\n}"): (typeof documents)["query EntityNeighbourhood($id: ID!, $depth: Int, $first: Int) {\n  entity(id: $id) {\n    id\n    name\n    type\n    description\n  }\n  neighborhood(id: $id, depth: $depth, first: $first) {\n    nodes {\n      id\n      name\n      type\n    }\n    relationships {\n      id\n      type\n      source {\n        id\n        name\n        type\n      }\n      target {\n        id\n        name\n        type\n      }\n      validFrom\n      status\n      evidence {\n        id\n        quote\n        article {\n          id\n          title\n          source\n          url\n          publishedAt\n        }\n      }\n    }\n    truncated\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityRelationships($id: ID!, $direction: Direction, $types: [String!], $first: Int, $after: String) {\n  entity(id: $id) {\n    id\n    name\n    type\n    aliases\n    degree\n    relationships(\n      direction: $direction\n      types: $types\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        type\n        source {\n          id\n          name\n        }\n        target {\n          id\n          name\n        }\n        topic\n        role\n        validFrom\n        validTo\n        status\n      }\n    }\n  }\n}"): (typeof documents)["query EntityRelationships($id: ID!, $direction: Direction, $types: [String!], $first: Int, $after: String) {\n  entity(id: $id) {\n    id\n    name\n    type\n    aliases\n    degree\n    relationships(\n      direction: $direction\n      types: $types\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        type\n        source {\n          id\n          name\n        }\n        target {\n          id\n          name\n        }\n        topic\n        role\n        validFrom\n        validTo\n        status\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelationshipEvidence($types: [String!], $entityId: ID, $asOf: String, $first: Int) {\n  relationships(types: $types, entityId: $entityId, asOf: $asOf, first: $first) {\n    nodes {\n      id\n      type\n      source {\n        id\n        name\n      }\n      target {\n        id\n        name\n      }\n      validFrom\n      status\n      quantities {\n        value\n        unit\n        label\n      }\n      sourceCount\n      evidence(asOf: $asOf) {\n        id\n        quote\n        article {\n          id\n          title\n          source\n          url\n          publishedAt\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query RelationshipEvidence($types: [String!], $entityId: ID, $asOf: String, $first: Int) {\n  relationships(types: $types, entityId: $entityId, asOf: $asOf, first: $first) {\n    nodes {\n      id\n      type\n      source {\n        id\n        name\n      }\n      target {\n        id\n        name\n      }\n      validFrom\n      status\n      quantities {\n        value\n        unit\n        label\n      }\n      sourceCount\n      evidence(asOf: $asOf) {\n        id\n        quote\n        article {\n          id\n          title\n          source\n          url\n          publishedAt\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchEntities($text: String!, $types: [String!], $first: Int) {\n  search(text: $text, types: $types, first: $first) {\n    id\n    name\n    type\n    description\n  }\n}"): (typeof documents)["query SearchEntities($text: String!, $types: [String!], $first: Int) {\n  search(text: $text, types: $types, first: $first) {\n    id\n    name\n    type\n    description\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;