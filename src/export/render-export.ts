/** Names and describes one download: its format's writer, media type and file name, and the context its writer gets. */
import type { ExportQuery, ExportSelection } from './export-query.js';
import { STREAM_FORMATS } from './formats.js';
import { describeQuery } from './export-query.js';
import type { ExportContext, ExportItem } from './records.js';

/** A download ready to stream. */
export interface RenderedExport {
  /** The text, chunk by chunk, as the format's writer gives it. */
  chunks: AsyncIterable<string>;
  contentType: string;
  /** Only [a-z0-9._-]. */
  filename: string;
}

/**
 * The download's file name, `<stem>.<extension>` with the format's extension (`json`, `graphml`,
 * `nodes.csv`, `edges.csv`, `ttl`, `nt`, `jsonld`, `gexf`, and FollowTheMoney's): the stem is
 * `<view>-<id or ids joined with _>`, lower-cased, every run of other characters than [a-z0-9._-]
 * replaced by `-`, cut to 120 characters; `all` for the whole graph, `selection` for a POST.
 */
export function exportFilename(query: ExportQuery | ExportSelection): string {
  const extension = STREAM_FORMATS[query.format].extension;
  if (query.view === 'selection' || query.view === 'all') return `${query.view}.${extension}`;
  const subject = query.view === 'neighborhood' ? query.id : query.ids.join('_');
  const stem = `${query.view}-${subject}`
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .slice(0, 120);
  return `${stem}.${extension}`;
}

/**
 * Renders the records in the query's format: the writer's chunks, with the content type and file
 * name. `baseUrl` (PUBLIC_BASE_URL) and `dataVersion` go to the writer's context; `truncated` says
 * whether a cap cut the view.
 */
export function renderExport({
  items,
  query,
  baseUrl,
  dataVersion,
  truncated,
}: {
  items: AsyncIterable<ExportItem>;
  query: ExportQuery | ExportSelection;
  baseUrl: string;
  dataVersion: string;
  truncated: boolean;
}): RenderedExport {
  const format = STREAM_FORMATS[query.format];
  const context: ExportContext = { baseUrl, dataVersion, query: describeQuery(query), truncated };
  return { chunks: format.write(items, context), contentType: format.contentType, filename: exportFilename(query) };
}
