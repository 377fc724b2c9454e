/**
 * Express handlers run one after another as one handler. Mounted as separate layers, each would
 * cost the router a path match, a prefix cut and restore, and a `next` dispatch on every request,
 * for handlers that always run together in the same order (the rate limit, CORS, the JSON body and
 * Apollo on /graphql). Errors go on as with the router: a handler that throws, rejects or passes an
 * error to `next` hands it to the app's error handlers, and the handlers after it do not run.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export function chain(...handlers: readonly RequestHandler[]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    let i = 0;
    const step = (err?: unknown): void => {
      if (err) {
        next(err);
        return;
      }
      const handler = handlers[i++];
      if (!handler) {
        next();
        return;
      }
      try {
        const ret: unknown = handler(req, res, step);
        if (ret instanceof Promise) ret.then(undefined, (error: unknown) => next(error ?? new Error('Rejected promise')));
      } catch (error) {
        next(error);
      }
    };
    step();
  };
}
