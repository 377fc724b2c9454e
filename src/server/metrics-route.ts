/**
 * GET /metrics: the Prometheus exposition of the server's metrics (src/ops/metrics.ts).
 */
import { Router } from 'express';
import type { Metrics } from '../ops/metrics.js';

/** Serves `metrics.scrape()` with its content type. */
export function metricsRoute({ metrics }: { metrics: Pick<Metrics, 'scrape'> }): Router {
  const router = Router();
  router.get('/metrics', async (_req, res) => {
    const { contentType, body } = await metrics.scrape();
    res.type(contentType).send(body);
  });
  return router;
}
