// Finds the caller: the app session, or a bearer token verified locally. Who may do what is the
// access module's business (app/access).
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { knownRoles } from '../access';
import { AppError } from '../lib/errors';
import type { TokenVerifier } from './token-verifier';

export function authenticate(verifier: TokenVerifier): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+)$/.exec(header);
      if (!match) throw new AppError(401, 'invalid_token', 'The Authorization header must be "Bearer <token>"');
      const payload = await verifier.verifyAccessToken(match[1]!);
      const keycloakSid = typeof payload.sid === 'string' ? payload.sid : undefined;
      req.identity = {
        userId: payload.sub,
        roles: knownRoles(payload.roles),
        schoolId: null,
        via: 'bearer',
        keycloakSid,
      };
    } else if (req.session?.identity) {
      const { userId, roles, schoolId, keycloakSid } = req.session.identity;
      req.identity = { userId, roles, schoolId, via: 'session', keycloakSid };
    }
    next();
  };
}
