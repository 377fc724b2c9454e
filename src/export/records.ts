/**
 * What a streamed export is made of: the records one read transaction yields (export-source.ts)
 * and the writers that turn them into a format, chunk by chunk, so that memory stays flat however
 * large the graph is. Every format, old and new, is a `StreamFormat` over the same records.
 */
import type { IdentifierModel } from '../domain/identifiers.js';
import type { ArticleModel, EntityModel, RelationshipModel } from '../domain/models.js';

/** An entity with its external identifiers. */
export interface ExportEntity extends EntityModel {
  identifiers: IdentifierModel[];
}

/**
 * The write that put an article's current claims into the graph: the latest INGEST audit entry
 * naming it that was not undone. Null for articles loaded by seed or restore, which keep no audit entry.
 */
export interface ExportIngest {
  /** The audit entry's id (`audit-<uuid>`). */
  auditId: string;
  /** ISO 8601 date-time. */
  at: string;
  /** The id of the API key (or CLI user) that wrote it. */
  keyId: string;
}

/** An article with the ingest that wrote its current evidence. */
export interface ExportArticle extends ArticleModel {
  ingest: ExportIngest | null;
}

/** One quote supporting a relationship, with the article fields every old format repeats inline. */
export interface ExportEvidenceItem {
  /** `ev-<hash>`. */
  id: string;
  quote: string;
  articleId: string;
  articleSource: string;
  articleUrl: string | null;
  publishedAt: string | null;
}

/** A relationship with its evidence, sorted by evidence id. */
export interface ExportRelationship extends RelationshipModel {
  evidence: ExportEvidenceItem[];
}

/**
 * One record of the stream. A source yields every entity first (by id), then every article cited by
 * the relationships (by id), then every relationship (by id): a writer may rely on that order.
 */
export type ExportItem =
  | { kind: 'entity'; entity: ExportEntity }
  | { kind: 'article'; article: ExportArticle }
  | { kind: 'relationship'; relationship: ExportRelationship };

/** What a writer knows beside the records. */
export interface ExportContext {
  /** PUBLIC_BASE_URL without a trailing slash: the base of every IRI an RDF format writes. */
  baseUrl: string;
  /** The content version the records were read at (sent as X-Data-Version, never inside a format). */
  dataVersion: string;
  /** Which view the records are, as the JSON download's `query` reports it. */
  query: Readonly<Record<string, unknown>>;
  /** Whether a cap cut the view (always false for view=all). */
  truncated: boolean;
}

/** A streamed format: its media type, file extension, and a writer from records to text chunks. */
export interface StreamFormat {
  readonly contentType: string;
  /** Without the dot: `ttl`, `ndjson`, `gexf` … */
  readonly extension: string;
  write(items: AsyncIterable<ExportItem>, context: ExportContext): AsyncIterable<string>;
}
