/**
 * Writes one export into a Node stream with backpressure: what `npm run export -- --format` and
 * the export bench run. The HTTP download has its own loop (src/server/export-handler.ts), which must
 * also answer errors before its first byte and notice a client going away.
 */
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Store } from '../store/gateway.js';
import { openExport, type ExportSubject } from './export-source.js';
import type { ExportQuery, ExportSelection } from './export-query.js';
import type { ExportItem } from './records.js';
import { renderExport } from './render-export.js';

/** What one export wrote. */
export interface WrittenExport {
  /** The content version the records were read at. */
  dataVersion: string;
  /** Records the writer read, by kind (a writer that needs only entities, nodes.csv, stops reading after them). */
  entities: number;
  articles: number;
  relationships: number;
  /** UTF-8 bytes written. */
  bytes: number;
  /** From opening the transaction to the last byte flushed. */
  ms: number;
}

/**
 * Exports `subject` in `query`'s format into `out`, in one read transaction of `store` (give it the
 * maintenance store), and resolves once `out` has taken the last byte (`out` is ended). On a
 * failure `out` is destroyed and the transaction ended; the error is thrown as the store mapped it.
 */
export async function writeExport({
  store,
  subject,
  query,
  baseUrl,
  out,
}: {
  store: Store;
  subject: ExportSubject;
  query: ExportQuery | ExportSelection;
  baseUrl: string;
  out: Writable;
}): Promise<WrittenExport> {
  const started = performance.now();
  const opened = await openExport({ store, subject });
  const counts = { entities: 0, articles: 0, relationships: 0, bytes: 0 };
  async function* counted(): AsyncGenerator<ExportItem> {
    for await (const item of opened.items) {
      if (item.kind === 'entity') counts.entities++;
      else if (item.kind === 'article') counts.articles++;
      else counts.relationships++;
      yield item;
    }
  }
  const { chunks } = renderExport({ items: counted(), query, baseUrl, dataVersion: opened.dataVersion, truncated: opened.truncated });
  async function* bytes(): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      const b = Buffer.from(chunk, 'utf8');
      counts.bytes += b.length;
      yield b;
    }
  }
  try {
    await pipeline(Readable.from(bytes(), { objectMode: false }), out);
  } finally {
    await opened.close();
  }
  return { dataVersion: opened.dataVersion, ...counts, ms: Math.round(performance.now() - started) };
}
