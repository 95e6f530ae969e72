// POST /internal/login-decisions — only for Keycloak's country check, only on the internal
// listener, only with the shared secret (compared in constant time).
import { Router, type RequestHandler } from 'express';
import type { Pool } from 'pg';
import { safeEqual } from '../lib/crypto';
import { AppError } from '../lib/errors';
import type { Logger } from '../lib/logger';
import { ZLoginDecisionRequest } from './internal.schemas';
import { decideLogin } from './decision.service';

export function requireSharedSecret(secret: string): RequestHandler {
  return (req, _res, next) => {
    const match = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    if (!match || !safeEqual(match[1]!, secret))
      throw new AppError(401, 'unauthenticated', 'This endpoint is for Keycloak only');
    next();
  };
}

export function internalRoutes(platformPool: Pool, secret: string, logger: Logger): Router {
  const router = Router();
  router.post('/internal/login-decisions', requireSharedSecret(secret), async (req, res) => {
    const decision = await decideLogin(platformPool, ZLoginDecisionRequest.parse(req.body));
    // No user id, no address in the log: the attempt row holds what admins may see.
    logger.info(
      { isAllowed: decision.isAllowed, reason: decision.reason, country: decision.country },
      'login decision',
    );
    res.set('Cache-Control', 'no-store').json({
      decision: decision.isAllowed ? 'allow' : 'deny',
      reason: decision.reason,
      country: decision.country,
      countryName: decision.countryName,
    });
  });
  return router;
}
