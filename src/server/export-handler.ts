/**
 * GET /export: the subgraph of `neighborhood` or `connections` as a GraphML, JSON or CSV download.
 * Errors are JSON `{ error: { code, message, argument? } }` with the matching HTTP status.
 */
import type { Request, RequestHandler, Response } from 'express';
import { AppError, type ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import { exportSubgraph, parseExportQuery, renderExport, type ExportReader } from '../export/index.js';

/** The HTTP status of an error code. */
function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'BAD_USER_INPUT':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'SERVICE_UNAVAILABLE':
      return 503;
    case 'INTERNAL_SERVER_ERROR':
      return 500;
    default: {
      const unreachable: never = code;
      throw new Error(`unknown error code ${String(unreachable)}`);
    }
  }
}

function sendError(res: Response, err: unknown, logger: Logger): void {
  const known = err instanceof AppError && err.code !== 'INTERNAL_SERVER_ERROR' ? err : undefined;
  if (!known) {
    logger.error({ err }, 'unexpected error in GET /export');
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    return;
  }
  const { argument } = known.details;
  res.status(statusOf(known.code)).json({ error: { code: known.code, message: known.message, ...(argument ? { argument } : {}) } });
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
      const subgraph = await exportSubgraph({ reader, request });
      const { body, contentType, filename } = renderExport({ subgraph, query: request.query });
      res
        .status(200)
        .set({ 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${filename}"`, 'X-Content-Type-Options': 'nosniff' })
        .send(body);
    } catch (err) {
      sendError(res, err, logger);
    }
  };
}
