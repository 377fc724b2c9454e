/** Turns a loaded subgraph into the body and headers of one download. */
import type { ExportFormat, ExportQuery, ExportSelection } from './export-query.js';
import type { ExportSubgraph } from './export-subgraph.js';
import { toEdgesCsv, toNodesCsv } from './to-csv.js';
import { toGraphml } from './to-graphml.js';
import { toJson } from './to-json.js';

/** A rendered download. */
export interface RenderedExport {
  body: string;
  contentType: string;
  /** Only [a-z0-9._-]. */
  filename: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  'nodes.csv': 'text/csv; charset=utf-8',
  'edges.csv': 'text/csv; charset=utf-8',
};

/**
 * The download's file name, `<view>-<id or ids joined with _>.<format>`, lower-cased, every run
 * of other characters than [a-z0-9._-] replaced by `-`, and the stem cut to 120 characters; a
 * selection's is `selection.<format>`.
 */
export function exportFilename(query: ExportQuery | ExportSelection): string {
  if (query.view === 'selection') return `selection.${query.format}`;
  const subject = query.view === 'neighborhood' ? query.id : query.ids.join('_');
  const stem = `${query.view}-${subject}`
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .slice(0, 120);
  return `${stem}.${query.format}`;
}

/** Renders the subgraph in the query's format, with its content type and file name. */
export function renderExport({ subgraph, query }: { subgraph: ExportSubgraph; query: ExportQuery | ExportSelection }): RenderedExport {
  const body = ((): string => {
    switch (query.format) {
      case 'json':
        return toJson({ subgraph, query });
      case 'graphml':
        return toGraphml(subgraph);
      case 'nodes.csv':
        return toNodesCsv(subgraph);
      case 'edges.csv':
        return toEdgesCsv(subgraph);
      default: {
        const unreachable: never = query.format;
        throw new Error(`unknown export format ${String(unreachable)}`);
      }
    }
  })();
  return { body, contentType: CONTENT_TYPES[query.format], filename: exportFilename(query) };
}
