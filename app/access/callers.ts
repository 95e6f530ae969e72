// The caller as services see it: the pseudonymous user id, the platform roles and, for school
// work, the school. Services ask these helpers about roles instead of reading the role list.
import type { Request } from 'express';
import { AppError } from '../lib/errors';
import type { Role } from './roles';

export type Caller = { userId: string; roles: readonly Role[] };
export type SchoolCaller = Caller & { schoolId: string };

export const isSchoolAdmin = (caller: Caller): boolean => caller.roles.includes('school-admin');
export const isPlatformAdmin = (caller: Caller): boolean => caller.roles.includes('platform-admin');
export const isResearcher = (caller: Caller): boolean => caller.roles.includes('researcher');

export function callerOf(req: Request): Caller & { schoolId: string | null } {
  const identity = req.identity;
  if (!identity) throw new AppError(401, 'unauthenticated', 'Please log in');
  return { userId: identity.userId, roles: identity.roles, schoolId: identity.schoolId };
}

// The caller with their school, for school-scoped work; bearer callers (researchers) have none.
export function schoolCallerOf(req: Request): SchoolCaller {
  const caller = callerOf(req);
  if (!caller.schoolId) throw AppError.forbidden('This needs an account of a school');
  return { ...caller, schoolId: caller.schoolId };
}

// The request's own sessions (Keycloak's `sid` and the app's cookie session), which a narrowing of
// login rules leaves alive.
export function currentSessionOf(req: Request): { userId: string; keycloakSid?: string; appSessionId?: string } {
  const { userId } = callerOf(req);
  return { userId, keycloakSid: req.identity?.keycloakSid, appSessionId: req.session?.id };
}
