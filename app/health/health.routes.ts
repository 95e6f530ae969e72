import { Router } from 'express';
import { checkReadiness, type Check } from './health.service';

export function healthRoutes(
  checks: Record<string, Check>,
  timeoutMs: number,
  isShuttingDown: () => boolean,
  facts: () => Record<string, unknown> = () => ({}),
): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (isShuttingDown()) {
      res.status(503).json({ status: 'shutting-down', checks: {} });
      return;
    }
    const readiness = await checkReadiness(checks, timeoutMs);
    res
      .status(readiness.isReady ? 200 : 503)
      .json({ status: readiness.isReady ? 'ready' : 'not-ready', checks: readiness.checks, ...facts() });
  });
  return router;
}
