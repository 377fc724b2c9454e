/**
 * Turtle and N-Triples: the triples of rdf-terms.ts (IRIs, provenance pattern) written with n3,
 * record by record. Each record's triples are yielded as soon as they are written; what is held
 * across records is only what the mapping needs (RdfMapper).
 */
import { Writer, type Quad } from 'n3';
import { RdfMapper, rdfPrefixes } from './rdf-terms.js';
import type { ExportContext, ExportItem, StreamFormat } from './records.js';

type RdfSyntax = 'Turtle' | 'N-Triples';

/** An n3 writer whose output is collected in chunks the caller takes after each record. */
function chunkWriter(format: RdfSyntax, prefixes: Record<string, string> | undefined) {
  const chunks: string[] = [];
  const sink = { write: (chunk: string) => void chunks.push(chunk), end: () => undefined };
  const writer = new Writer(sink, { format, ...(prefixes ? { prefixes } : {}) });
  return {
    add(quads: readonly Quad[]) {
      for (const q of quads) writer.addQuad(q);
    },
    /** Ends the last statement (Turtle leaves it open for `;` until another subject or the end). */
    end() {
      writer.end();
    },
    take(): string {
      const text = chunks.join('');
      chunks.length = 0;
      return text;
    },
  };
}

/** Writes the records' triples in one syntax, one chunk per record. */
async function* writeRdf(format: RdfSyntax, items: AsyncIterable<ExportItem>, context: ExportContext): AsyncIterable<string> {
  const mapper = new RdfMapper(context.baseUrl);
  const writer = chunkWriter(format, format === 'Turtle' ? rdfPrefixes(context.baseUrl) : undefined);
  for await (const item of items) {
    writer.add(mapper.quadsOf(item));
    const chunk = writer.take();
    if (chunk) yield chunk;
  }
  writer.end();
  const rest = writer.take();
  if (rest) yield rest;
}

/**
 * Turtle (`text/turtle`): the prefixes of rdfPrefixes (rdf, rdfs, xsd, owl, prov, schema, cpkg = the
 * vocabulary, entity, rel, ev, article), then each subject's triples together.
 */
export const turtleFormat: StreamFormat = {
  contentType: 'text/turtle; charset=utf-8',
  extension: 'ttl',
  write: (items, context) => writeRdf('Turtle', items, context),
};

/** N-Triples (`application/n-triples`): one triple a line, full IRIs, the same triples as Turtle. */
export const ntriplesFormat: StreamFormat = {
  contentType: 'application/n-triples; charset=utf-8',
  extension: 'nt',
  write: (items, context) => writeRdf('N-Triples', items, context),
};
