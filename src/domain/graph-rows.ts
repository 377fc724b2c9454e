/** The rows written to the graph: what the article-file pipeline and ingest build, and the store's UNWIND statements read. */

/** A node row: its id and the properties to set. */
export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

/** A relationship row: id, endpoints and properties. */
export interface RelationshipRow extends NodeRow {
  source: string;
  target: string;
}

/** An evidence row: id, the article it cites, and its properties (quote, relationshipId …). */
export interface EvidenceRow extends NodeRow {
  articleId: string;
}
