/**
 * The records of one export, read in one read transaction: the content version first, then what
 * the view selects (the same statements and caps as `neighborhood` and `connections`, the ids of a
 * selection, or the whole graph), then entities, cited articles and relationships streamed in the
 * order records.ts promises. For the whole graph nothing is held in proportion to the graph: every
 * list comes sorted from Neo4j a batch at a time.
 */
import { AppError } from '../errors.js';
import { identifiersOfKeys } from '../domain/identifiers.js';
import type { ArticleModel, EntityModel, SubgraphModel } from '../domain/models.js';
import type { EdgeFilter } from '../domain/arguments.js';
import type { Store, StreamTx } from '../store/gateway.js';
import { contentVersionIn } from '../store/content-version.js';
import { batchLookups, toRelationship } from '../store/batch-lookups.js';
import { connectionsIn, neighborhoodIn } from '../store/path-reads.js';
import { exportArticles, exportEntities, exportRelationships, type ExportScope } from '../store/cypher/export-stream.js';
import type { ExportQuery, ExportSelection } from './export-query.js';
import type { ExportArticle, ExportEntity, ExportEvidenceItem, ExportIngest, ExportItem, ExportRelationship } from './records.js';

/** What an export reads: a checked query with its relationship filter, or a checked selection. */
export type ExportSubject = { query: ExportQuery; filter: EdgeFilter } | ExportSelection;

/** An export whose transaction is open: its version and cut are known, its records not yet read. */
export interface OpenedExport {
  /** The content version (hex) the transaction reads: Query.stats.dataVersion at that moment. */
  readonly dataVersion: string;
  /** Whether a cap cut the view (never for view=all or a selection). */
  readonly truncated: boolean;
  /** The records, once: entities, then cited articles, then relationships, each by id. Stopping early closes the transaction. */
  readonly items: AsyncIterable<ExportItem>;
  /** Ends the transaction if the records were not read to the end; safe to call more than once. */
  close(): Promise<void>;
}

type Row = Record<string, unknown>;
type Head = { kind: 'head'; dataVersion: string; truncated: boolean };

const quoted = (ids: readonly string[]): string => ids.map((id) => JSON.stringify(id)).join(', ');

/** The scope of a view: the ids it selects (reading them through `tx`), or the whole graph. Throws NOT_FOUND as today's views do. */
async function scopeOf(tx: StreamTx, subject: ExportSubject): Promise<{ scope: ExportScope; truncated: boolean }> {
  const run = (q: Parameters<StreamTx['run']>[0]) => tx.run(q);
  const lookups = batchLookups(run);
  const ofSubgraph = async (sub: SubgraphModel, resolve: boolean): Promise<{ scope: ExportScope; truncated: boolean }> => {
    // connections keeps the ids asked as given; one merged into another stands for the entity it was merged into.
    const entityIds = resolve ? [...(await lookups.entitiesByIds(sub.nodeIds)).values()].map((e) => e.id) : sub.nodeIds;
    return { scope: { kind: 'ids', entityIds, relationships: sub.relationships }, truncated: sub.truncated };
  };
  if ('view' in subject) {
    const [named, rels] = [await lookups.entitiesByIds(subject.entityIds), await lookups.relationshipsByIds(subject.relationshipIds)];
    const unknownEntities = subject.entityIds.filter((id) => !named.has(id));
    if (unknownEntities.length)
      throw new AppError('NOT_FOUND', `entityIds: no entity ${quoted(unknownEntities)}`, { argument: 'entityIds' });
    const unknownRels = subject.relationshipIds.filter((id) => !rels.has(id));
    if (unknownRels.length)
      throw new AppError('NOT_FOUND', `relationshipIds: no relationship ${quoted(unknownRels)}`, { argument: 'relationshipIds' });
    const relationships = [...rels.values()];
    // The entities named and every endpoint of the relationships named, so that each edge's ends are in the file.
    const entityIds = [
      ...new Set([...[...named.values()].map((e: EntityModel) => e.id), ...relationships.flatMap((r) => [r.sourceId, r.targetId])]),
    ];
    return { scope: { kind: 'ids', entityIds, relationships }, truncated: false };
  }
  const { query, filter } = subject;
  switch (query.view) {
    case 'all':
      return { scope: { kind: 'all', filter }, truncated: false };
    case 'neighborhood': {
      const sub = await neighborhoodIn(run, { id: query.id, depth: query.depth, filter, limit: query.first });
      if (!sub) throw new AppError('NOT_FOUND', `id: no entity "${query.id}"`, { argument: 'id' });
      return ofSubgraph(sub, false);
    }
    case 'connections': {
      const sub = await connectionsIn(run, { ids: query.ids, maxHops: query.maxHops, filter, cap: query.first });
      // connections() leaves unknown ids out silently; a download of them should say so instead.
      const known = new Set(sub.nodeIds);
      const unknown = query.ids.filter((id) => !known.has(id));
      if (unknown.length) throw new AppError('NOT_FOUND', `ids: no entity ${quoted(unknown)}`, { argument: 'ids' });
      return ofSubgraph(sub, true);
    }
    default: {
      const unreachable: never = query;
      throw new Error(`unknown export view ${JSON.stringify(unreachable)}`);
    }
  }
}

/** An entity row (exportEntities) as a record. */
function toEntity(row: Row): ExportEntity {
  const { identifiers, ...entity } = row.entity as EntityModel & { identifiers: string[] };
  return { ...entity, identifiers: identifiersOfKeys(identifiers) };
}

/** An article row (exportArticles) as a record. */
function toArticle(row: Row): ExportArticle {
  return { ...(row.article as ArticleModel), ingest: (row.ingest as ExportIngest | null) ?? null };
}

/** A relationship row (exportRelationships) as a record. */
function toRelationshipRecord(row: Row): ExportRelationship {
  return { ...toRelationship(row.rel), evidence: row.evidence as ExportEvidenceItem[] };
}

/**
 * Opens the export of `subject` on `store` (give it the maintenance store: the transaction runs
 * under NEO4J_MAINTENANCE_TIMEOUT_MS) and resolves once the version and the view's selection are
 * read, so that a caller can answer NOT_FOUND (`id`, `ids`, `entityIds`, `relationshipIds`, as the
 * views answer today) or a database failure before writing anything. The records then stream in
 * the same transaction; read them to the end or call close().
 */
export async function openExport({ store, subject }: { store: Store; subject: ExportSubject }): Promise<OpenedExport> {
  const rows = store.readStream<Head | ExportItem>(async function* (tx) {
    const dataVersion = await contentVersionIn(tx);
    const { scope, truncated } = await scopeOf(tx, subject);
    yield { kind: 'head', dataVersion, truncated };
    for await (const row of tx.stream(exportEntities(scope))) yield { kind: 'entity', entity: toEntity(row) };
    for await (const row of tx.stream(exportArticles(scope))) yield { kind: 'article', article: toArticle(row) };
    for await (const row of tx.stream(exportRelationships(scope))) yield { kind: 'relationship', relationship: toRelationshipRecord(row) };
  });
  const iterator = rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done || first.value.kind !== 'head') throw new Error('an export stream starts with its head');
  const { dataVersion, truncated } = first.value;
  let taken = false;
  const close = async (): Promise<void> => {
    await iterator.return?.();
  };
  return {
    dataVersion,
    truncated,
    items: {
      [Symbol.asyncIterator]: () => {
        if (taken) throw new Error('the records of an export are read once');
        taken = true;
        return {
          next: () => iterator.next() as Promise<IteratorResult<ExportItem>>,
          return: async () => {
            await close();
            return { done: true, value: undefined };
          },
        };
      },
    },
    close,
  };
}
