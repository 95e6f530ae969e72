import { Router } from 'express';
import { ANY_SIGNED_IN, requireSchool, secureRoute } from '../auth';
import type { Request } from 'express';
import type { Databases } from '../lib/db';
import { ZAddressPolicy, ZAttemptQuery, ZMyCountries, ZRoleCountries, ZRoleParam } from './country-restriction.schemas';
import type { CurrentSession, SessionEnders } from './session-ending';
import {
  readMyCountries,
  readSchoolRules,
  schoolAttempts,
  setAddressPolicy,
  setMyCountries,
  setRoleCountries,
} from './country-restriction.service';

// The request's own sessions, which a narrowing leaves alive.
function currentSession(req: Request): CurrentSession {
  return { userId: req.identity!.userId, keycloakSid: req.identity!.keycloakSid, appSessionId: req.session?.id };
}

export function countryRestrictionRoutes(dbs: Databases, enders: SessionEnders): Router {
  const router = Router();
  const caller = (req: Request) => req.identity!;

  secureRoute(router, 'get', '/me/login-countries', ANY_SIGNED_IN, async (req, res) => {
    res.json(await readMyCountries(dbs, caller(req)));
  });

  secureRoute(router, 'put', '/me/login-countries', ANY_SIGNED_IN, async (req, res) => {
    const { countries, isLockoutConfirmed } = ZMyCountries.parse(req.body);
    res.json(
      await setMyCountries(dbs, enders, caller(req), currentSession(req), {
        countries,
        requestIp: req.ip ?? '',
        isLockoutConfirmed,
      }),
    );
  });

  secureRoute(router, 'get', '/school/login-countries', ['school-admin'], async (req, res) => {
    res.json(await readSchoolRules(dbs.app, requireSchool(req)));
  });

  secureRoute(router, 'put', '/school/login-countries/:role', ['school-admin'], async (req, res) => {
    const { role } = ZRoleParam.parse(req.params);
    const { countries } = ZRoleCountries.parse(req.body);
    res.json(await setRoleCountries(dbs.app, enders, requireSchool(req), currentSession(req), role, countries));
  });

  secureRoute(router, 'put', '/school/login-address-policy', ['school-admin'], async (req, res) => {
    res.json(await setAddressPolicy(dbs.app, requireSchool(req), caller(req).userId, ZAddressPolicy.parse(req.body)));
  });

  secureRoute(router, 'get', '/school/login-attempts', ['school-admin'], async (req, res) => {
    const query = ZAttemptQuery.parse(req.query);
    const isAllowed = query.blocked === undefined ? undefined : query.blocked === 'false';
    res
      .set('Cache-Control', 'no-store')
      .json({ attempts: await schoolAttempts(dbs.app, requireSchool(req), { isAllowed, limit: query.limit }) });
  });

  return router;
}
