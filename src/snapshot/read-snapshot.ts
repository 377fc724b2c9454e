/**
 * Reads the whole graph, in one read transaction, as the records of the article-file format: every
 * article, entity and relationship with every field the format carries, so that seeding them into
 * an empty database gives the same graph again.
 */
import { identifiersOfKeys } from '../domain/identifiers.js';
import type { CallOptions, Store } from '../store/gateway.js';
import type { Problem } from '../errors.js';
import { relationshipId } from '../domain/ids.js';
import type { RelationType } from '../domain/vocabulary.js';
import type { ArticleRecord, EntityRecord, RelationshipRecord } from '../article-file/format.js';
import * as q from '../store/cypher/snapshot.js';

/** The graph's content as article-file records, each list in a stable order. */
export interface SnapshotContent {
  /** In id order. */
  articles: ArticleRecord[];
  /** In id order. */
  entities: EntityRecord[];
  /** In id order; `id` only where it differs from the derived one; evidence oldest article first. */
  relationships: RelationshipRecord[];
}

/** The content, and what the format cannot hold (relationships without evidence; evidence of no relationship). */
export interface SnapshotRead {
  content: SnapshotContent;
  problems: Problem[];
  /** Evidence items whose relationship no longer exists (a merge drops a relationship between the two entities). */
  orphanEvidence: number;
}

type Row = Record<string, unknown>;
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

/** Orders evidence by its article's publication date (undated last), then article id, then quote. */
function evidenceOrder(published: ReadonlyMap<string, string | null>) {
  return (a: { article: string; quote: string }, b: { article: string; quote: string }): number => {
    const pa = published.get(a.article) ?? '\uffff';
    const pb = published.get(b.article) ?? '\uffff';
    return pa < pb
      ? -1
      : pa > pb
        ? 1
        : a.article < b.article
          ? -1
          : a.article > b.article
            ? 1
            : a.quote < b.quote
              ? -1
              : a.quote > b.quote
                ? 1
                : 0;
  };
}

/** Reads the graph's content; `opts` passes bookmarks through (a request's read-your-writes). */
export async function readSnapshot({ store, opts }: { store: Store; opts?: CallOptions }): Promise<SnapshotRead> {
  const [articleRows, entityRows, relationshipRows, evidenceRows] = await store.readTx(
    async (tx) =>
      [
        await tx.run(q.snapshotArticles()),
        await tx.run(q.snapshotEntities()),
        await tx.run(q.snapshotRelationships()),
        await tx.run(q.snapshotEvidence()),
      ] as const,
    opts,
  );
  const articles: ArticleRecord[] = articleRows.map((r) => {
    const a = r.article as Row;
    return {
      id: a.id as string,
      title: text(a.title),
      source: a.source as string,
      url: text(a.url),
      publishedAt: text(a.publishedAt),
      language: text(a.language) ?? 'en',
      note: text(a.note),
      text: null,
    };
  });
  const entities: EntityRecord[] = entityRows.map((r) => {
    const e = r.entity as Row;
    return {
      id: e.id as string,
      name: e.name as string,
      type: e.type as EntityRecord['type'],
      aliases: list(e.aliases),
      description: text(e.description),
      mergedIds: list(e.mergedIds),
      ...(list(e.identifiers).length
        ? { identifiers: identifiersOfKeys(list(e.identifiers)).map(({ scheme, value }) => ({ scheme, value })) }
        : {}),
    };
  });

  const published = new Map(articles.map((a) => [a.id, a.publishedAt]));
  const evidenceOf = new Map<string, { article: string; quote: string }[]>();
  for (const r of evidenceRows) {
    const id = r.relationshipId as string;
    evidenceOf.set(id, [...(evidenceOf.get(id) ?? []), { article: r.article as string, quote: r.quote as string }]);
  }
  const problems: Problem[] = [];
  const relationships: RelationshipRecord[] = [];
  for (const r of relationshipRows) {
    const id = r.id as string;
    const p = r.props as Row;
    const evidence = (evidenceOf.get(id) ?? []).sort(evidenceOrder(published));
    evidenceOf.delete(id);
    if (evidence.length === 0) {
      problems.push({
        path: `relationship ${id}`,
        code: 'NO_EVIDENCE',
        message: `the ${String(r.type)} relationship ${id} has no evidence, which the article-file format cannot hold`,
      });
      continue;
    }
    const record: RelationshipRecord = {
      type: r.type as string,
      source: r.source as string,
      target: r.target as string,
      topic: text(p.topic),
      role: text(p.role),
      validFrom: text(p.validFrom),
      validTo: text(p.validTo),
      status: p.status as RelationshipRecord['status'],
      quantities: p.quantities ? (JSON.parse(p.quantities as string) as RelationshipRecord['quantities']) : [],
      evidence,
      note: text(p.note),
      ...(text(p.reportedStatus) ? { reportedStatus: p.reportedStatus as RelationshipRecord['status'] } : {}),
      ...(list(p.disputedBy).length ? { disputedBy: list(p.disputedBy) } : {}),
    };
    if (relationshipId({ ...record, type: record.type as RelationType }) !== id) record.id = id;
    relationships.push(record);
  }
  const orphanEvidence = [...evidenceOf.values()].reduce((n, l) => n + l.length, 0);
  return { content: { articles, entities, relationships }, problems, orphanEvidence };
}
