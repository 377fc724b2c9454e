/**
 * GET /health/live and GET /health/ready, for load balancers and orchestrators; open to everyone.
 */
import { Router } from 'express';

/** What /health/ready reports. */
export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * /health/live answers 200 `{ status: 'ok' }` while the process serves; /health/ready answers 200
 * `{ status: 'ready' }`, or 503 `{ status: 'unavailable', reason }`, as `readiness` finds it.
 */
export function healthRoutes({ readiness }: { readiness: () => Promise<Readiness> }): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_req, res) => {
    const state = await readiness();
    res.status(state.ready ? 200 : 503).json(state.ready ? { status: 'ready' } : { status: 'unavailable', reason: state.reason });
  });
  return router;
}
