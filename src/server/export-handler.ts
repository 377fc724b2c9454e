/**
 * /export: downloads in every format of src/export/formats.ts. GET takes the subgraph of
 * `neighborhood` or `connections`, or the whole graph (`view=all`), from the query string; POST
 * takes the ids of a view's entities and relationships as a JSON body. Both share the key check,
 * the export source (one read transaction under NEO4J_MAINTENANCE_TIMEOUT_MS) and the writers.
 *
 * The body streams as the writer produces it, with backpressure (a full socket buffer pauses the
 * reading of records from Neo4j); a client that goes away stops the reading and ends the
 * transaction. Every download names the content version it was read at in `X-Data-Version`.
 * Errors found before the first byte (bad parameters, unknown ids, an unavailable or slow
 * database, a writer failing at once) are JSON `{ error: { code, message, argument? } }` with the
 * matching HTTP status; a failure after the first byte can no longer change the status: the
 * response is cut off (the socket destroyed, so the client sees an incomplete body, never a
 * complete-looking one) and the failure logged.
 */
import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import cors from 'cors';
import { AppError, normalizeError, plainErrorBody, type NormalizedError, type NormalizeOptions } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/gateway.js';
import { identify, keyRefusal, type ApiKeys } from '../auth/api-keys.js';
import {
  openExport,
  parseExportBody,
  parseExportQuery,
  renderExport,
  type ExportQuery,
  type ExportSelection,
  type ExportSubject,
  type OpenedExport,
} from '../export/index.js';

/**
 * The largest POST body read: the caps of `parseExportBody` (1,000 entity and 500 relationship
 * ids of at most 200 characters) with room for JSON's quoting.
 */
export const EXPORT_BODY_LIMIT = '512kb';

/** The header naming the content version (Query.stats.dataVersion) a download was read at. */
export const DATA_VERSION_HEADER = 'X-Data-Version';

/** Chunks of a writer are gathered up to this many characters before a write to the socket. */
const WRITE_BATCH = 64 * 1024;

/** Who may read: the service's keys, and whether reads need one (`config.auth`). */
export interface ReadAuth {
  keys: ApiKeys;
  requireKeyForReads: boolean;
}

/** What the export handlers read from and write with. */
export interface ExportDeps {
  /** The store exports read from: give the maintenance store (`store.maintenance('Exporting …')`), under NEO4J_MAINTENANCE_TIMEOUT_MS. */
  store: Store;
  logger: Logger;
  /** PUBLIC_BASE_URL, the base of the IRIs the RDF formats write. */
  baseUrl: string;
  /**
   * The downloads that may stream at once (EXPORT_MAX_CONCURRENT); one more is refused with 503
   * and `Retry-After`. Each holds a pooled session and a transaction until its last byte, so the cap
   * keeps slow downloads from taking the connections API requests need. 0 or absent: no cap.
   */
  maxConcurrent?: number;
}

/** Seconds a refused download is told to wait (`Retry-After`). */
export const EXPORT_RETRY_AFTER_S = 5;

/** Counts the downloads streaming now, against a cap shared by GET and POST. */
export interface Slots {
  /** Takes a slot; false when all are taken. */
  take(): boolean;
  release(): void;
}

/** The refusal of a download over the cap: 503 SERVICE_UNAVAILABLE, saying how many run and when to retry. */
function exportsBusy(max: number): AppError {
  return new AppError(
    'SERVICE_UNAVAILABLE',
    `${max} download(s) are streaming, the most EXPORT_MAX_CONCURRENT allows at once; retry in ${EXPORT_RETRY_AFTER_S} s`,
  );
}

function slots(max: number | undefined): Slots {
  let busy = 0;
  return {
    take: () => {
      if (max && busy >= max) return false;
      busy += 1;
      return true;
    },
    release: () => {
      busy -= 1;
    },
  };
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

/** Chunks gathered into strings of at least `size` characters (the last one shorter): fewer, larger socket writes. */
async function* batched(chunks: AsyncIterable<string>, size: number): AsyncGenerator<string> {
  let pending = '';
  for await (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= size) {
      yield pending;
      pending = '';
    }
  }
  if (pending) yield pending;
}

/** Resolves when `res` can take more (drain) or is gone (close), whichever comes first. */
function writable(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Streams an opened export to `res` as an attachment: the headers with the first chunk (so that a
 * writer failing before it answers JSON), each batch written with backpressure, until the records
 * end or the client goes away. Always ends the export's transaction.
 */
async function streamDownload({
  res,
  opened,
  query,
  deps,
  route,
}: {
  res: Response;
  opened: OpenedExport;
  query: ExportQuery | ExportSelection;
  deps: ExportDeps;
  route: string;
}): Promise<void> {
  const { chunks, contentType, filename } = renderExport({
    items: opened.items,
    query,
    baseUrl: deps.baseUrl,
    dataVersion: opened.dataVersion,
    truncated: opened.truncated,
  });
  const headers = {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${filename}"`,
    'X-Content-Type-Options': 'nosniff',
    [DATA_VERSION_HEADER]: opened.dataVersion,
  };
  let gone = false;
  const onClose = (): void => {
    gone = !res.writableFinished;
  };
  res.on('close', onClose);
  try {
    for await (const chunk of batched(chunks, WRITE_BATCH)) {
      if (gone || res.destroyed) break;
      if (!res.headersSent) res.status(200).set(headers);
      if (!res.write(chunk)) await writable(res);
    }
    if (gone || res.destroyed) return;
    if (!res.headersSent) res.status(200).set(headers);
    res.end();
  } catch (err) {
    if (!res.headersSent) sendError(res, err, deps.logger, route);
    else {
      deps.logger.error({ err }, `${route} failed after its first byte; the response was cut off`);
      res.destroy();
    }
  } finally {
    res.off('close', onClose);
    await opened.close();
  }
}

/** A handler that checks the request into an export subject, opens it and streams it. */
function exportHandler(
  deps: ExportDeps,
  route: string,
  running: Slots = slots(deps.maxConcurrent),
  check: (req: Request) => { subject: ExportSubject; query: ExportQuery | ExportSelection },
): RequestHandler {
  return async (req: Request, res: Response) => {
    let opened: OpenedExport;
    let checked: { subject: ExportSubject; query: ExportQuery | ExportSelection };
    try {
      checked = check(req);
    } catch (err) {
      sendError(res, err, deps.logger, route);
      return;
    }
    if (!running.take()) {
      res.set('Retry-After', String(EXPORT_RETRY_AFTER_S));
      sendError(res, exportsBusy(deps.maxConcurrent ?? 0), deps.logger, route);
      return;
    }
    try {
      try {
        opened = await openExport({ store: deps.store, subject: checked.subject });
      } catch (err) {
        sendError(res, err, deps.logger, route);
        return;
      }
      await streamDownload({ res, opened, query: checked.query, deps, route });
    } finally {
      running.release();
    }
  };
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
 * Creates the GET /export handler. Bad parameters answer 400 BAD_USER_INPUT naming the parameter,
 * an unknown entity 404 NOT_FOUND, an unreachable or slow database 503 SERVICE_UNAVAILABLE,
 * anything else 500 INTERNAL_SERVER_ERROR (logged, with no detail sent); all before the first byte.
 */
export function createExportHandler(deps: ExportDeps, running?: Slots): RequestHandler {
  return exportHandler(deps, 'GET /export', running, (req) => {
    const request = parseExportQuery(req.query as Record<string, unknown>);
    return { subject: request, query: request.query };
  });
}

/**
 * Creates the POST /export handler, for a body Express has parsed as JSON: the same formats,
 * writers and answers as GET, for exactly the entities and relationships named (see
 * `parseExportBody` and `openExport`). A bad body answers 400 BAD_USER_INPUT naming the field, an
 * unknown id 404 NOT_FOUND naming the list and every unknown id in it.
 */
export function createExportPostHandler(deps: ExportDeps, running?: Slots): RequestHandler {
  return exportHandler(deps, 'POST /export', running, (req) => {
    const selection = parseExportBody(req.body);
    return { subject: selection, query: selection };
  });
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
 * is read. CORS as /graphql's (`corsOrigins`), exposing `X-Data-Version` and `Content-Disposition`
 * to browser code.
 */
export function createExportRouter({
  auth,
  corsOrigins,
  ...deps
}: ExportDeps & {
  auth: ReadAuth;
  corsOrigins: readonly string[];
}): Router {
  const checkKey = requireReadKey(auth);
  const running = slots(deps.maxConcurrent);
  const withCors = cors({
    origin: corsOrigins.includes('*') ? '*' : [...corsOrigins],
    exposedHeaders: [DATA_VERSION_HEADER, 'Content-Disposition'],
  }) as RequestHandler;
  return express
    .Router()
    .use(withCors)
    .get('/', checkKey, createExportHandler(deps, running))
    .post('/', checkKey, express.json({ limit: EXPORT_BODY_LIMIT }), createExportPostHandler(deps, running), bodyErrors);
}
