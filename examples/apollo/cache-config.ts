/**
 * What an Apollo Client `InMemoryCache` needs to hold this API's answers without losing any:
 * - `possibleTypes`: the types that implement `Node`, so that fragments on them match in
 *   `node`/`nodes` answers;
 * - `typePolicies`: `merge: true` for every object type without an id (connections, edges,
 *   `stats`, `vocabulary` …). Such an object is stored inside its parent, and without the policy a
 *   second query that selects other fields of it (or of the same page) replaces it, and the cache
 *   warns that data may be lost. Objects with an id are normalised under `Type:id` by default.
 *
 * test/contract/client-normalization.test.ts checks these lists against the schema and runs every
 * query of documents/manifest.json through a cache made with them.
 */
import type { InMemoryCacheConfig } from '@apollo/client/cache';

/** The types that implement `Node`. */
export const possibleTypes = { Node: ['Article', 'AuditEntry', 'Entity', 'Evidence', 'Relationship'] };

/** The object types of the schema that have no `id` field (Query, Mutation and Subscription aside). */
export const TYPES_WITHOUT_ID = [
  'ArticleConnection',
  'ArticleDraft',
  'ArticleEdge',
  'AuditConnection',
  'AuditEntryEdge',
  'CandidateRelationship',
  'Change',
  'ChangeConnection',
  'ChangeEdge',
  'EntityConnection',
  'EntityEdge',
  'EntityMatch',
  'EvidenceDraft',
  'GraphStats',
  'Identifier',
  'IdentifierDraft',
  'IngestResult',
  'Mention',
  'MergeResult',
  'PageInfo',
  'Path',
  'PathStep',
  'Quantity',
  'RankedEntity',
  'RelationTypeInfo',
  'RelationshipConnection',
  'RelationshipDraft',
  'RelationshipEdge',
  'RemovedAlias',
  'RetractResult',
  'Subgraph',
  'TextAnalysis',
  'TypeCount',
  'UndoResult',
  'Vocabulary',
] as const;

/** The cache configuration: `new InMemoryCache(cacheConfig)`. */
export const cacheConfig: InMemoryCacheConfig = {
  possibleTypes,
  typePolicies: Object.fromEntries(TYPES_WITHOUT_ID.map((type) => [type, { merge: true }])),
};
