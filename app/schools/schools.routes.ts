import { currentSessionOf, schoolCallerOf } from '../access';
import { route } from '../api';
import { schoolAuditLog } from '../audit';
import {
  readSchoolRules,
  schoolAttempts,
  setAddressPolicy,
  setRoleCountries,
  type SessionEnders,
} from '../country-restriction';
import type { Databases } from '../lib/db';
import { AppError } from '../lib/errors';
import { decideParticipation, exportsSeenBy, studiesOfSchool } from '../research';
import * as contract from './schools.contract';
import { mySchool } from './schools.service';
import { renameOwnSchool } from './school-name.service';
import { createStaff, deleteStaff, listStaff, setStaffEnabled, setStaffRoles, type StaffBin } from './staff.service';
import { freezeAccount, liftFreeze, listFrozenAccounts } from './freeze.service';
import { readInactivity, setInactivity, upcomingInactive } from './inactivity.service';
import { readPrivacyContacts, setPrivacyContacts } from './privacy-contacts.service';
import { setTermsAcceptance } from './terms.service';
import { setTwoFactorForAll } from './two-factor.service';

export function schoolRoutes(dbs: Databases, enders: SessionEnders, bin: StaffBin) {
  const db = dbs.schoolDb;
  const staffDeps = { db, keycloak: enders.keycloak, sessions: enders.sessions };
  return [
    route(contract.mySchool, async ({ req }) => {
      const school = await mySchool(db, schoolCallerOf(req).schoolId);
      if (!school) throw AppError.notFound('School not found');
      return school;
    }),
    route(contract.renameSchool, ({ req, body }) =>
      renameOwnSchool(db, enders.keycloak, schoolCallerOf(req), body.name),
    ),
    route(contract.setTermsAcceptance, ({ req, body }) => {
      const admin = schoolCallerOf(req);
      return setTermsAcceptance(db, enders.keycloak, admin.schoolId, admin.userId, body.isRequired);
    }),
    route(contract.setTwoFactor, ({ req, body }) => {
      const staff = schoolCallerOf(req);
      return setTwoFactorForAll(db, enders.keycloak, staff.schoolId, staff.userId, body.isRequiredForAll);
    }),
    route(contract.loginRules, ({ req }) => readSchoolRules(db, schoolCallerOf(req).schoolId)),
    route(contract.setRoleCountries, ({ req, params, body }) =>
      setRoleCountries(db, enders, schoolCallerOf(req).schoolId, currentSessionOf(req), params.role, body.countries),
    ),
    route(contract.setAddressPolicy, ({ req, body }) => {
      const staff = schoolCallerOf(req);
      return setAddressPolicy(db, staff.schoolId, staff.userId, body);
    }),
    route(contract.loginAttempts, async ({ req, query }) => {
      const isAllowed = query.blocked === undefined ? undefined : query.blocked === 'false';
      return { attempts: await schoolAttempts(db, schoolCallerOf(req).schoolId, { isAllowed, limit: query.limit }) };
    }),
    route(contract.schoolStudies, async ({ req }) => ({ studies: await studiesOfSchool(db, schoolCallerOf(req)) })),
    route(contract.decideParticipation, ({ req, params, body }) =>
      decideParticipation(db, schoolCallerOf(req), params.id, body.isOptedIn),
    ),
    route(contract.auditLog, async ({ req, query }) => ({
      entries: await schoolAuditLog(db, enders.keycloak, schoolCallerOf(req).schoolId, query),
    })),
    route(contract.listStaff, async ({ req }) => ({ staff: await listStaff(staffDeps, schoolCallerOf(req), bin) })),
    route(contract.createStaff, ({ req, body }) => createStaff(staffDeps, schoolCallerOf(req), body)),
    route(contract.setStaffRoles, ({ req, params, body }) =>
      setStaffRoles(staffDeps, schoolCallerOf(req), params.id, body.roles),
    ),
    route(contract.setStaffEnabled, ({ req, params, body }) =>
      setStaffEnabled(staffDeps, schoolCallerOf(req), params.id, body.isEnabled),
    ),
    route(contract.deleteStaff, ({ req, params }) => deleteStaff(staffDeps, schoolCallerOf(req), params.id, bin)),
    route(contract.privacyContacts, ({ req }) => readPrivacyContacts(db, schoolCallerOf(req).schoolId)),
    route(contract.setPrivacyContacts, ({ req, body }) => {
      const admin = schoolCallerOf(req);
      return setPrivacyContacts(db, admin.schoolId, admin.userId, body);
    }),
    route(contract.frozenAccounts, async ({ req }) => ({
      accounts: await listFrozenAccounts(staffDeps, schoolCallerOf(req)),
    })),
    route(contract.freezeAccount, ({ req, body }) => freezeAccount(staffDeps, schoolCallerOf(req), body.userId)),
    route(contract.liftFreeze, ({ req, params }) => liftFreeze(staffDeps, schoolCallerOf(req), params.id, bin)),
    route(contract.inactivity, ({ req }) => readInactivity(db, schoolCallerOf(req).schoolId)),
    route(contract.setInactivity, ({ req, body }) => setInactivity(db, schoolCallerOf(req), body.months)),
    route(contract.inactiveAccounts, async ({ req }) => ({
      accounts: await upcomingInactive(staffDeps, schoolCallerOf(req)),
    })),
    route(contract.researchExports, async ({ req }) => ({ exports: await exportsSeenBy(db, schoolCallerOf(req)) })),
  ];
}
