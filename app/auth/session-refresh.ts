// Keeps a logged-in session's tokens fresh (see refreshIfStale). When Keycloak refuses the refresh
// (user disabled or deleted, session ended or idle), the session is ended here too and this very
// request is answered 401: it must not be served with the identity Keycloak just withdrew.
import type { RequestHandler } from 'express';
import { AppError } from '../lib/errors';
import { refreshIfStale } from './auth.service';
import type { Oidc } from './oidc';

export function sessionRefresh(oidc: Oidc): RequestHandler {
  return async (req, _res, next) => {
    const tokens = req.session?.tokens;
    if (!tokens) return next();
    const outcome = await refreshIfStale(oidc, tokens);
    if (outcome === null) {
      await new Promise<void>((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
      delete (req as { session?: unknown }).session;
      throw new AppError(401, 'session_ended', 'Your session has ended. Please log in again.');
    }
    if (outcome !== 'fresh') {
      req.session.tokens = outcome;
      await new Promise<void>((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
    }
    next();
  };
}
