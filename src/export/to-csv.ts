/** CSV tables (RFC 4180) of a subgraph, in the shape Gephi's spreadsheet import reads. */
import type { ExportSubgraph } from './export-subgraph.js';
import { aliasesText, byId, evidenceText, quantitiesText } from './field-text.js';

/**
 * One CSV field. A value starting with = + - @ tab or CR gets a leading `'` so spreadsheets do not
 * run it as a formula (CSV injection); a value with a comma, quote, CR or LF is quoted, with
 * embedded quotes doubled.
 */
function cell(value: string | null): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Header and rows as CSV: CRLF after every record, the last included. */
function table(header: readonly string[], rows: readonly (string | null)[][]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',') + '\r\n').join('');
}

/** nodes.csv: `id,name,type,aliases,description`, one row per entity sorted by id; aliases joined with " | ". */
export function toNodesCsv(subgraph: ExportSubgraph): string {
  return table(
    ['id', 'name', 'type', 'aliases', 'description'],
    byId(subgraph.nodes).map((n) => [n.id, n.name, n.type, aliasesText(n.aliases), n.description]),
  );
}

/**
 * edges.csv: `id,source,target,type,validFrom,validTo,status,topic,quantities,evidence`, one row
 * per relationship sorted by id; evidence as `quote — source (date) url` lines in one field.
 */
export function toEdgesCsv(subgraph: ExportSubgraph): string {
  return table(
    ['id', 'source', 'target', 'type', 'validFrom', 'validTo', 'status', 'topic', 'quantities', 'evidence'],
    byId(subgraph.edges).map((e) => [
      e.id,
      e.sourceId,
      e.targetId,
      e.type,
      e.validFrom,
      e.validTo,
      e.status,
      e.topic,
      quantitiesText(e.quantities),
      evidenceText(e.evidence),
    ]),
  );
}
