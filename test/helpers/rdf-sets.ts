/** RDF read back for comparison: texts parsed with n3 into sets of N-Triples lines (the exports write no blank nodes). */
import jsonld from 'jsonld';
import { Parser, Writer, type Quad } from 'n3';

const lineWriter = new Writer({ format: 'N-Triples' });

/** The quads of a Turtle, N-Triples or N-Quads text. */
export function parseRdf(text: string, format: 'Turtle' | 'N-Triples' | 'N-Quads'): Quad[] {
  return new Parser({ format }).parse(text);
}

/** Quads as a set of their N-Triples lines (without the final newline). */
export function tripleSet(quads: readonly Quad[]): Set<string> {
  return new Set(quads.map((q) => lineWriter.quadToString(q.subject, q.predicate, q.object).trim()));
}

/** A document loader that refuses every fetch, so expansion works from the inline context alone. */
export const refusingLoader = (url: string): Promise<never> => Promise.reject(new Error(`no fetch allowed: ${url}`));

/** A JSON-LD document's triples, expanded by `jsonld` without any fetch. */
export async function jsonldTriples(doc: object): Promise<Set<string>> {
  const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
    format: 'application/n-quads',
    documentLoader: refusingLoader,
  })) as unknown as string;
  return tripleSet(parseRdf(nquads, 'N-Quads'));
}
