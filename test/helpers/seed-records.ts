/**
 * The export records of the seed, built from the seed article files without a database (ids,
 * knownFrom and evidence ids as the seed writes them), and small helpers to feed records to a writer.
 */
import path from 'node:path';
import { identifierModel } from '../../src/domain/identifiers.js';
import type { QuantityModel } from '../../src/domain/models.js';
import { readArticleFiles } from '../../src/article-file/read-article-files.js';
import { toRows } from '../../src/article-file/to-rows.js';
import type { ExportContext, ExportItem, ExportRelationship, StreamFormat } from '../../src/export/records.js';

const byId = <T extends { id: string }>(list: T[]): T[] => list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The seed's records in stream order: entities, the articles cited, relationships (each by id); articles without ingest. */
export async function seedRecords(): Promise<ExportItem[]> {
  const read = await readArticleFiles([path.join(import.meta.dirname, '../../seeds')]);
  if (!read.ok) throw new Error(`the seed does not read: ${JSON.stringify(read.problems)}`);
  const rows = toRows(read.bundle);
  const evidence = rows.evidence;
  const articles = new Map(read.bundle.articles.map((a) => [a.id, a]));
  const relationships: ExportRelationship[] = [];
  for (const [type, list] of rows.relationships) {
    for (const r of list) {
      const p = r.props as Record<string, unknown>;
      relationships.push({
        id: r.id,
        type,
        sourceId: r.source,
        targetId: r.target,
        topic: (p.topic as string | null) ?? null,
        role: (p.role as string | null) ?? null,
        validFrom: (p.validFrom as string | null) ?? null,
        validTo: (p.validTo as string | null) ?? null,
        status: p.status as string,
        quantities: JSON.parse(p.quantities as string) as QuantityModel[],
        knownFrom: r.knownFrom,
        note: (p.note as string | null) ?? null,
        evidence: byId(
          evidence
            .filter((ev) => ev.props.relationshipId === r.id)
            .map((ev) => {
              const a = articles.get(ev.articleId)!;
              return {
                id: ev.id,
                quote: ev.props.quote as string,
                articleId: a.id,
                articleSource: a.source,
                articleUrl: a.url,
                publishedAt: a.publishedAt,
              };
            }),
        ),
      });
    }
  }
  const cited = new Set(relationships.flatMap((r) => r.evidence.map((ev) => ev.articleId)));
  return [
    ...byId([...read.bundle.entities]).map((e): ExportItem => ({
      kind: 'entity',
      entity: {
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: e.aliases,
        description: e.description,
        mergedIds: e.mergedIds,
        identifiers: (e.identifiers ?? []).map((i) => identifierModel(i.scheme, i.value)),
      },
    })),
    ...byId(read.bundle.articles.filter((a) => cited.has(a.id))).map((a): ExportItem => ({
      kind: 'article',
      article: {
        id: a.id,
        title: a.title,
        source: a.source,
        url: a.url,
        publishedAt: a.publishedAt,
        language: a.language,
        note: a.note,
        ingest: null,
      },
    })),
    ...byId(relationships).map((relationship): ExportItem => ({ kind: 'relationship', relationship })),
  ];
}

/** The records as the async stream a writer reads. */
export async function* streamOf(items: readonly ExportItem[]): AsyncIterable<ExportItem> {
  for (const item of items) yield item;
}

/** A writer's whole output for the records, and its chunks. */
export async function written(
  format: StreamFormat,
  items: readonly ExportItem[],
  context: Partial<ExportContext> = {},
): Promise<{ text: string; chunks: string[] }> {
  const chunks: string[] = [];
  const ctx: ExportContext = { baseUrl: 'http://localhost:4000', dataVersion: 'v-test', query: {}, truncated: false, ...context };
  for await (const chunk of format.write(streamOf(items), ctx)) chunks.push(chunk);
  return { text: chunks.join(''), chunks };
}
