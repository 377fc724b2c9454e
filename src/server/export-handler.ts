/**
 * /export: subgraph downloads as GraphML, JSON or CSV. GET takes the subgraph of `neighborhood`
 * or `connections` from the query string; POST takes the ids of a view's entities and
 * relationships as a JSON body. Both share the key check and the writers. Errors are JSON
 * `{ error: { code, message, argument? } }` with the matching HTTP status.
 */
import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import { normalizeError, plainErrorBody, type NormalizedError, type NormalizeOptions } from '../errors.js';
import type { Logger } from '../logger.js';
import { identify, keyRefusal, type ApiKeys } from '../auth/api-keys.js';
import {
  exportSelection,
  exportSubgraph,
  parseExportBody,
  parseExportQuery,
  renderExport,
  type ExportQuery,
  type ExportReader,
  type ExportSelection,
  type ExportSubgraph,
  type SelectionReader,
} from '../export/index.js';

/**
 * The largest POST body read: the caps of `parseExportBody` (1,000 entity and 500 relationship
 * ids of at most 200 characters) with room for JSON's quoting.
 */
export const EXPORT_BODY_LIMIT = '512kb';

/** Who may read: the service's keys, and whether reads need one (`config.auth`). */
export interface ReadAuth {
  keys: ApiKeys;
  requireKeyForReads: boolean;
}

// /export's wording of errors: its request body named as the argument `body`, and an internal
// AppError's message kept from the client like any unexpected error's.
const EXPORT_ERRORS = { bodyLimit: EXPORT_BODY_LIMIT, bodyArgument: 'body', maskInternal: true } as const satisfies NormalizeOptions;

/** Sends an error as src/errors.ts normalises it for /export, `{ error: { code, message, argument? } }`. */
function sendNormalized(res: Response, normalized: NormalizedError): void {
  res.status(normalized.status).json(plainErrorBody(normalized));
}

/** Answers a failure of a handler; an unexpected one is logged and masked. */
function sendError(res: Response, err: unknown, logger: Logger, route: string): void {
  const normalized = normalizeError(err, EXPORT_ERRORS);
  if (normalized.unexpected) logger.error({ err }, `unexpected error in ${route}`);
  sendNormalized(res, normalized);
}

/** Sends a rendered download as an attachment. */
function sendDownload(res: Response, subgraph: ExportSubgraph, query: ExportQuery | ExportSelection): void {
  const { body, contentType, filename } = renderExport({ subgraph, query });
  res
    .status(200)
    .set({ 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${filename}"`, 'X-Content-Type-Options': 'nosniff' })
    .send(body);
}

/**
 * Passes a request on when reads need no key or it carries a valid one; else answers keyRefusal's
 * refusal: 401 UNAUTHENTICATED (no key) or 403 FORBIDDEN (a key that is not valid).
 */
export function requireReadKey({ keys, requireKeyForReads }: ReadAuth): RequestHandler {
  return (req, res, next) => {
    if (!requireKeyForReads) return next();
    const refusal = keyRefusal(identify(req.headers.authorization, keys));
    if (!refusal) return next();
    sendNormalized(res, normalizeError(refusal, EXPORT_ERRORS));
  };
}

/**
 * Creates the GET /export handler over the reader. Bad parameters answer 400 BAD_USER_INPUT
 * naming the parameter, an unknown entity 404 NOT_FOUND, an unreachable or slow database 503
 * SERVICE_UNAVAILABLE, anything else 500 INTERNAL_SERVER_ERROR (logged, with no detail sent).
 */
export function createExportHandler({ reader, logger }: { reader: ExportReader; logger: Logger }): RequestHandler {
  return async (req: Request, res: Response) => {
    try {
      const request = parseExportQuery(req.query as Record<string, unknown>);
      sendDownload(res, await exportSubgraph({ reader, request }), request.query);
    } catch (err) {
      sendError(res, err, logger, 'GET /export');
    }
  };
}

/**
 * Creates the POST /export handler over the reader, for a body Express has parsed as JSON: the
 * same formats, writers and answers as GET, for exactly the entities and relationships named (see
 * `parseExportBody` and `exportSelection`). A bad body answers 400 BAD_USER_INPUT naming the
 * field, an unknown id 404 NOT_FOUND naming the list and every unknown id in it.
 */
export function createExportPostHandler({ reader, logger }: { reader: SelectionReader; logger: Logger }): RequestHandler {
  return async (req: Request, res: Response) => {
    try {
      const selection = parseExportBody(req.body);
      sendDownload(res, await exportSelection({ reader, selection }), selection);
    } catch (err) {
      sendError(res, err, logger, 'POST /export');
    }
  };
}

/**
 * Answers the body parser's refusals of malformed JSON and of an oversized body as refusals of
 * the argument `body` (400 BAD_USER_INPUT, 413 PAYLOAD_TOO_LARGE), in the export's error shape;
 * passes anything else on, to the server's error answer.
 */
function bodyErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const normalized = normalizeError(err, EXPORT_ERRORS);
  if (normalized.details.argument === EXPORT_ERRORS.bodyArgument) sendNormalized(res, normalized);
  else next(err);
}

/**
 * Creates the router to mount at `/export`: GET (the query string) and POST (a JSON body of ids,
 * read up to `EXPORT_BODY_LIMIT`), both behind `requireReadKey(auth)`, which runs before a body
 * is read.
 */
export function createExportRouter({
  reader,
  logger,
  auth,
}: {
  reader: ExportReader & SelectionReader;
  logger: Logger;
  auth: ReadAuth;
}): Router {
  const checkKey = requireReadKey(auth);
  return express
    .Router()
    .get('/', checkKey, createExportHandler({ reader, logger }))
    .post('/', checkKey, express.json({ limit: EXPORT_BODY_LIMIT }), createExportPostHandler({ reader, logger }), bodyErrors);
}
