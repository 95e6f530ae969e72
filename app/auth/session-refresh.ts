// Keeps a logged-in session's tokens fresh (see refreshIfStale); a session Keycloak has ended is
// ended here too, and the request goes on as not logged in.
import type { RequestHandler } from 'express';
import { refreshIfStale } from './auth.service';
import type { Oidc } from './oidc';

export function sessionRefresh(oidc: Oidc): RequestHandler {
  return async (req, _res, next) => {
    const tokens = req.session?.tokens;
    if (!tokens) return next();
    const outcome = await refreshIfStale(oidc, tokens);
    if (outcome === null) {
      await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
    } else if (outcome !== 'fresh') {
      req.session.tokens = outcome;
      await new Promise<void>((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
    }
    next();
  };
}
