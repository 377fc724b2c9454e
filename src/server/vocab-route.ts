/**
 * GET /vocab: the graph's vocabulary as RDF (relation types as properties with their descriptions,
 * entity types as classes under schema.org's, the statement properties and statuses), the terms the
 * RDF and JSON-LD exports use under `<PUBLIC_BASE_URL>/vocab#`. Turtle unless the Accept header
 * prefers N-Triples or JSON-LD; 406 when it allows none of the three. Schema, not data: no API key.
 */
import { Router } from 'express';
import { Writer, type Quad } from 'n3';
import { jsonldNodes, rdfPrefixes, vocabularyQuads } from '../export/index.js';
import { ERROR_STATUS, type HttpErrorCode } from '../errors.js';

/** The media types GET /vocab serves, the default first. */
export const VOCAB_MEDIA_TYPES = ['text/turtle', 'application/n-triples', 'application/ld+json'] as const;

/** Writes quads in a syntax of n3, whole. */
function serialize(quads: readonly Quad[], format: 'Turtle' | 'N-Triples', prefixes?: Record<string, string>): string {
  const writer = new Writer({ format, ...(prefixes ? { prefixes } : {}) });
  writer.addQuads([...quads]);
  let text = '';
  writer.end((error, result: string) => {
    if (error) throw error;
    text = result;
  });
  return text;
}

/** The vocabulary in each served type, under `baseUrl` (PUBLIC_BASE_URL). */
export function vocabBodies(baseUrl: string): Record<(typeof VOCAB_MEDIA_TYPES)[number], string> {
  const quads = vocabularyQuads(baseUrl);
  const prefixes = rdfPrefixes(baseUrl);
  const { rdf, rdfs, xsd, owl, schema, cpkg } = prefixes;
  const context = { rdf, rdfs, xsd, owl, schema, cpkg } as Record<string, string>;
  return {
    'text/turtle': serialize(quads, 'Turtle', context),
    'application/n-triples': serialize(quads, 'N-Triples'),
    'application/ld+json': `${JSON.stringify({ '@context': context, '@graph': jsonldNodes(quads, context) }, null, 1)}\n`,
  };
}

/** Serves the vocabulary under `baseUrl`, by the Accept header, with `Vary: Accept`. */
export function vocabRoute({ baseUrl }: { baseUrl: string }): Router {
  const bodies = vocabBodies(baseUrl);
  const router = Router();
  router.get('/vocab', (req, res) => {
    res.vary('Accept');
    const type = req.accepts([...VOCAB_MEDIA_TYPES]);
    if (!type) {
      res.status(ERROR_STATUS.NOT_ACCEPTABLE).json({
        error: {
          code: 'NOT_ACCEPTABLE' satisfies HttpErrorCode,
          message: `GET /vocab serves ${VOCAB_MEDIA_TYPES.join(', ')}; the Accept header allows none of them`,
          supported: VOCAB_MEDIA_TYPES,
        },
      });
      return;
    }
    res.type(`${type}; charset=utf-8`).send(bodies[type as keyof typeof bodies]);
  });
  return router;
}
