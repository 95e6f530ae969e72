// CSRF defence for callers authenticated by the session cookie (ASVS 4.2.2 / 50.1): a state-changing
// request must come from the app's own pages. The cookie is SameSite=Lax, which still lets
// same-site pages (another subdomain) and old browsers send it; a text/plain form POST from a
// foreign page needs no CORS preflight. Enforces, for POST/PUT/PATCH/DELETE with a session cookie:
//   - Sec-Fetch-Site is "same-origin" or "none" (typed by the user), or
//   - Origin is exactly the app's own origin (APP_BASE_URL);
//   - anything else, a missing Origin included, is refused with 403 (browsers send Origin on every
//     cross-origin unsafe request, so only non-browsers omit it, and they can use a bearer token).
// Bearer-token calls and calls without a session (Keycloak's back-channel logout) are unaffected:
// no browser attaches those credentials by itself.
import type { Request, RequestHandler } from 'express';
import { AppError } from '../lib/errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TRUSTED_FETCH_SITES = new Set(['same-origin', 'none']);

function isCookieAuthenticated(req: Request): boolean {
  return req.headers.authorization === undefined && req.session?.identity !== undefined;
}

function isSameOrigin(req: Request, appOrigin: string): boolean {
  const fetchSite = req.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string' && TRUSTED_FETCH_SITES.has(fetchSite)) return true;
  return req.headers.origin === appOrigin;
}

// Mount after the session is read and before anything acts on the request (body parsing included).
export function requireSameOrigin(appBaseUrl: string): RequestHandler {
  const appOrigin = new URL(appBaseUrl).origin;
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method) || !isCookieAuthenticated(req) || isSameOrigin(req, appOrigin)) return next();
    next(
      new AppError(
        403,
        'cross_origin_refused',
        'This request did not come from SchulID’s own pages. Please use the app itself.',
      ),
    );
  };
}
