/**
 * GET /schema.graphql: the GraphQL SDL the API serves, as plain text.
 */
import { Router } from 'express';

/** Serves `sdl` as `text/plain; charset=utf-8`. */
export function schemaRoute({ sdl }: { sdl: string }): Router {
  const router = Router();
  router.get('/schema.graphql', (_req, res) => {
    res.type('text/plain; charset=utf-8').send(sdl);
  });
  return router;
}
