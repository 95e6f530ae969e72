// Deny by default: a route admits only the roles its declaration lists (or any signed-in caller,
// said explicitly). The API router puts this guard first on every declared endpoint.
import type { RequestHandler } from 'express';
import { AppError } from '../lib/errors';
import { rememberRoute } from '../lib/request-context';
import { ANY_SIGNED_IN, PUBLIC, type Allowed, type Role } from './roles';

export function isAdmitted(roles: readonly Role[], allowed: Allowed): boolean {
  return allowed === ANY_SIGNED_IN || allowed === PUBLIC || roles.some((role) => allowed.includes(role));
}

export function allow(allowed: Allowed): RequestHandler {
  if (typeof allowed !== 'string' && allowed.length === 0) throw new Error('a route must admit at least one role');
  return (req, _res, next) => {
    rememberRoute(req);
    if (allowed === PUBLIC) return next();
    const identity = req.identity;
    if (!identity) throw new AppError(401, 'unauthenticated', 'Please log in');
    if (!isAdmitted(identity.roles, allowed)) throw AppError.forbidden();
    next();
  };
}
