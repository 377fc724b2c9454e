/**
 * JSON-LD: the triples of rdf-terms.ts, the same as the N-Triples export's, as node objects under an
 * inline `@context` (no remote context, so a processor needs no network). Classes are the vocabulary's
 * and schema.org's; a Wikidata QID becomes `schema:sameAs` `http://www.wikidata.org/entity/Q…`.
 */
import { jsonldNodes, RdfMapper, rdfPrefixes } from './rdf-terms.js';
import type { ExportContext, ExportItem, StreamFormat } from './records.js';

/** The inline context: the namespace prefixes of the mapping (rdf, rdfs, xsd, owl, prov, schema, cpkg, and the id folders). */
export function jsonldContext(baseUrl: string): Record<string, string> {
  return rdfPrefixes(baseUrl);
}

/** Writes `{"@context": …, "@graph": [ … ]}`, one node object a line, a record's nodes per chunk. */
async function* writeJsonld(items: AsyncIterable<ExportItem>, context: ExportContext): AsyncIterable<string> {
  const prefixes = rdfPrefixes(context.baseUrl);
  const mapper = new RdfMapper(context.baseUrl);
  yield `{"@context": ${JSON.stringify(jsonldContext(context.baseUrl))},\n"@graph": [`;
  let first = true;
  for await (const item of items) {
    let chunk = '';
    for (const node of jsonldNodes(mapper.quadsOf(item), prefixes)) {
      chunk += `${first ? '\n' : ',\n'}${JSON.stringify(node)}`;
      first = false;
    }
    if (chunk) yield chunk;
  }
  yield '\n]}\n';
}

/** JSON-LD 1.1 (`application/ld+json`), expanded by any processor to the N-Triples export's triples. */
export const jsonldFormat: StreamFormat = {
  contentType: 'application/ld+json; charset=utf-8',
  extension: 'jsonld',
  write: writeJsonld,
};
