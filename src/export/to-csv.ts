/** CSV tables (RFC 4180) of the records, streamed, in the shape Gephi's spreadsheet import reads. */
import type { ExportItem, StreamFormat } from './records.js';
import { aliasesText, evidenceText, inArticleOrder, quantitiesText } from './field-text.js';

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

/** One CSV record: its fields and CRLF. */
const row = (fields: readonly (string | null)[]): string => fields.map(cell).join(',') + '\r\n';

/**
 * nodes.csv: `id,name,type,aliases,description`, one row per entity in id order; aliases joined
 * with " | ". Stops reading at the first record that is not an entity (the source then closes).
 */
async function* writeNodesCsv(items: AsyncIterable<ExportItem>): AsyncGenerator<string> {
  yield row(['id', 'name', 'type', 'aliases', 'description']);
  for await (const item of items) {
    if (item.kind !== 'entity') return;
    const n = item.entity;
    yield row([n.id, n.name, n.type, aliasesText(n.aliases), n.description]);
  }
}

/**
 * edges.csv: `id,source,target,type,validFrom,validTo,status,topic,quantities,evidence`, one row
 * per relationship in id order; evidence as `quote — source (date) url` lines (article order) in one field.
 */
async function* writeEdgesCsv(items: AsyncIterable<ExportItem>): AsyncGenerator<string> {
  yield row(['id', 'source', 'target', 'type', 'validFrom', 'validTo', 'status', 'topic', 'quantities', 'evidence']);
  for await (const item of items) {
    if (item.kind !== 'relationship') continue;
    const e = item.relationship;
    yield row([
      e.id,
      e.sourceId,
      e.targetId,
      e.type,
      e.validFrom,
      e.validTo,
      e.status,
      e.topic,
      quantitiesText(e.quantities),
      evidenceText(inArticleOrder(e.evidence)),
    ]);
  }
}

/** The entities' table (`format=nodes.csv`). */
export const nodesCsvFormat: StreamFormat = { contentType: 'text/csv; charset=utf-8', extension: 'nodes.csv', write: writeNodesCsv };

/** The relationships' table (`format=edges.csv`). */
export const edgesCsvFormat: StreamFormat = { contentType: 'text/csv; charset=utf-8', extension: 'edges.csv', write: writeEdgesCsv };
