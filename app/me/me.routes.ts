import { currentSessionOf, schoolCallerOf } from '../access';
import { route } from '../api';
import { readMyCountries, setMyCountries, type SessionEnders } from '../country-restriction';
import { openAssignments, ownProgress } from '../learning';
import type { Databases } from '../lib/db';
import { inbox, markRead, unreadCount } from '../messages';
import { mySchool } from '../schools';
import * as contract from './me.contract';

export function meRoutes(dbs: Databases, enders: SessionEnders) {
  return [
    route(contract.whoAmI, async ({ caller }) => {
      const school = caller.schoolId ? await mySchool(dbs.schoolDb, caller.schoolId) : undefined;
      return {
        id: caller.userId,
        roles: [...caller.roles],
        school: school ?? null,
        unreadMessages: await unreadCount(dbs, caller),
      };
    }),
    route(contract.myMessages, async ({ req, query, caller }) => {
      const locale = query.lang ?? (req.acceptsLanguages('de', 'en') === 'en' ? 'en' : 'de');
      return { messages: await inbox(dbs, caller, locale) };
    }),
    route(contract.markMessageRead, ({ params, caller }) => markRead(dbs, caller, params.id)),
    route(contract.myLoginCountries, ({ caller }) => readMyCountries(dbs, caller)),
    route(contract.setMyLoginCountries, ({ req, body, caller }) =>
      setMyCountries(dbs, enders, caller, currentSessionOf(req), {
        countries: body.countries,
        requestIp: req.ip ?? '',
        isLockoutConfirmed: body.isLockoutConfirmed,
      }),
    ),
    route(contract.myAssignments, async ({ req }) => ({
      assignments: await openAssignments(dbs.schoolDb, schoolCallerOf(req)),
    })),
    route(contract.myProgress, async ({ req }) => ({ topics: await ownProgress(dbs.schoolDb, schoolCallerOf(req)) })),
  ];
}
