/** The shapes the store returns and resolvers pass along; field resolvers fill in the rest. */

export interface EntityModel {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  description: string | null;
  mergedIds: string[];
  /**
   * Its external identifiers as the graph stores them (the node's `identifiers`): `SCHEME:value` keys
   * in scheme order (src/domain/identifiers.ts, identifiersOfKeys). Absent when the read did not
   * project them (the operation does not select `identifiers`): none known then, not none held.
   */
  identifierKeys?: string[];
}

export interface QuantityModel {
  value: number;
  unit: string;
  label: string | null;
}

export interface RelationshipModel {
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  topic: string | null;
  role: string | null;
  validFrom: string | null;
  validTo: string | null;
  status: string;
  quantities: QuantityModel[];
  knownFrom: string | null;
  note: string | null;
}

export interface ArticleModel {
  id: string;
  title: string | null;
  source: string;
  url: string | null;
  publishedAt: string | null;
  language: string;
  note: string | null;
}

export interface EvidenceModel {
  id: string;
  quote: string;
  articleId: string;
  relationshipId: string;
  publishedStart: string | null;
}

/** A path as node ids and relationships in walking order. */
export interface PathModel {
  nodeIds: string[];
  relationships: RelationshipModel[];
}

/** A subgraph: its entities' ids and relationships, and whether a cap cut it. */
export interface SubgraphModel {
  nodeIds: string[];
  relationships: RelationshipModel[];
  truncated: boolean;
}

/** The kinds of write the audit log records (AuditAction in the SDL). */
export type AuditAction = 'INGEST' | 'MERGE' | 'UNDO_MERGE' | 'RETRACT' | 'UNDO_RETRACT';

/** An entry of the audit log (AuditEntry in the SDL). */
export interface AuditEntryModel {
  id: string;
  action: AuditAction;
  at: string;
  keyId: string;
  articleIds: string[];
  entityIds: string[];
  summary: string;
  undone: boolean;
}
