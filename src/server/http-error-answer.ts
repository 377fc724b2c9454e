/**
 * The plain-HTTP answer to an error: what a handler passed on (body-parser's refusal of malformed
 * JSON or an oversized body, an Express route's failure) or a refusal of the edge (the rate limit),
 * normalised by src/errors.ts and sent in GraphQL's error shape, never as HTML with a stack.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { graphqlErrorBody, normalizeError } from '../errors.js';
import type { Logger } from '../logger.js';
import { sendJson } from './graphql-endpoint.js';

/** Answers `error` to a request (or cuts short a response already under way). */
export type ErrorAnswer = (error: unknown, req: IncomingMessage, res: ServerResponse) => void;

/**
 * The error answer of the server: normalizeError's status and `{ errors: [{ message, extensions:
 * { code } }] }`. An unexpected error is logged; a response already under way is cut short.
 * @param bodyLimit the configured body limit, which the too-large message names.
 */
export function httpErrorAnswer({ bodyLimit, logger }: { bodyLimit: string; logger: Logger }): ErrorAnswer {
  return (error, req, res) => {
    const normalized = normalizeError(error, { bodyLimit });
    if (normalized.unexpected) logger.error({ err: error }, 'unexpected HTTP error');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendJson(req, res, normalized.status, graphqlErrorBody(normalized));
  };
}
