// The facts of the privacy notice, read from what runs: retention periods from the configuration,
// session and event lifetimes from Keycloak's realm (read afresh, so a change shows at once;
// requests arriving while a read is under way share it, so the public page never makes more than
// one Admin API call at a time), the school's contacts and the studies it takes part in from the
// database.
import type { Config } from '../lib/config';
import type { PrismaClient } from '../generated/prisma/client';
import type { KeycloakAdmin } from '../keycloak';
import { AppError } from '../lib/errors';
import { studiesTakenPartIn } from '../research';
import { findSchoolNotice } from '../schools';

export type NoticeDeps = {
  config: Config;
  platform: PrismaClient;
  schoolDb: PrismaClient;
  keycloak: Pick<KeycloakAdmin, 'getRealm'>;
  sessionCookie: string;
};

type RealmFacts = { sessionMaxSeconds: number; sessionIdleSeconds: number; eventDays: number; adminEventDays: number };
const DAY_SECONDS = 86_400;
let inFlight: Promise<RealmFacts> | undefined;

const numberOr = (value: unknown, fallback: number) => {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
};

async function readRealmFacts(keycloak: NoticeDeps['keycloak']): Promise<RealmFacts> {
  const realm = await keycloak.getRealm();
  return {
    sessionMaxSeconds: numberOr(realm.ssoSessionMaxLifespan, 36_000),
    sessionIdleSeconds: numberOr(realm.ssoSessionIdleTimeout, 1_800),
    // Keycloak keeps events without end when no expiration is set: said as 0 days would be wrong.
    eventDays: Math.round(numberOr(realm.eventsExpiration, 0) / DAY_SECONDS),
    adminEventDays: Math.round(numberOr(realm.attributes?.adminEventsExpiration, 0) / DAY_SECONDS),
  };
}

function realmFacts(keycloak: NoticeDeps['keycloak']): Promise<RealmFacts> {
  if (!inFlight) {
    inFlight = readRealmFacts(keycloak);
    const done = () => (inFlight = undefined);
    inFlight.then(done, done);
  }
  return inFlight;
}

async function schoolPart(deps: NoticeDeps, which: { slug: string } | { id: string } | null) {
  if (!which) return { school: null, studies: [] };
  const school = await findSchoolNotice(deps.platform, which);
  if (!school) throw AppError.notFound('No such school');
  const { id, ...shown } = school;
  return { school: shown, studies: await studiesTakenPartIn(deps.schoolDb, id) };
}

export async function privacyNotice(deps: NoticeDeps, which: { slug: string } | { id: string } | null) {
  const { config } = deps;
  const [realm, { school, studies }] = await Promise.all([realmFacts(deps.keycloak), schoolPart(deps, which)]);
  const loginCookie = (name: string) => ({
    name,
    setBy: 'keycloak' as const,
    purpose: 'login-session' as const,
    maxAgeSeconds: null,
    sessionEndsAfterSeconds: realm.sessionMaxSeconds,
  });
  const loginInProgress = (name: string, maxAgeSeconds: number | null) => ({
    name,
    setBy: 'keycloak' as const,
    purpose: 'login-in-progress' as const,
    maxAgeSeconds,
    sessionEndsAfterSeconds: null,
  });
  return {
    operator: { name: config.PRIVACY_OPERATOR_NAME, contact: config.PRIVACY_OPERATOR_CONTACT },
    supervisoryAuthority: { name: config.SUPERVISORY_AUTHORITY_NAME, url: config.SUPERVISORY_AUTHORITY_URL },
    school,
    retentionDays: {
      restoreBin: config.RESTORE_BIN_DAYS,
      loginAttempts: config.LOGIN_ATTEMPT_RETENTION_DAYS,
      messages: config.USER_MESSAGE_RETENTION_DAYS,
      auditLog: config.AUDIT_RETENTION_DAYS,
      exportFiles: config.EXPORT_RETENTION_DAYS,
      serverLogs: config.SERVER_LOG_RETENTION_DAYS,
      loginEvents: realm.eventDays,
      adminEvents: realm.adminEventDays,
    },
    attemptMonths: config.ATTEMPT_RETENTION_MONTHS,
    session: {
      maxSeconds: Math.min(config.SESSION_MAX_AGE_SECONDS, realm.sessionMaxSeconds),
      idleSeconds: realm.sessionIdleSeconds,
    },
    cookies: [
      {
        name: deps.sessionCookie,
        setBy: 'app' as const,
        purpose: 'app-session' as const,
        maxAgeSeconds: config.SESSION_MAX_AGE_SECONDS,
        sessionEndsAfterSeconds: config.SESSION_MAX_AGE_SECONDS,
      },
      loginCookie('KEYCLOAK_IDENTITY'),
      loginCookie('KEYCLOAK_SESSION'),
      loginInProgress('AUTH_SESSION_ID', null),
      loginInProgress('KC_RESTART', null),
      loginInProgress('KC_AUTH_SESSION_HASH', 60),
      {
        name: 'KEYCLOAK_LOCALE',
        setBy: 'keycloak' as const,
        purpose: 'login-language' as const,
        maxAgeSeconds: null,
        sessionEndsAfterSeconds: null,
      },
    ],
    deviceStorage: [
      { key: 'schulid.language', purpose: 'language' as const },
      { key: 'schulid.draft.*, schulid.pending-submit.*', purpose: 'unsent-answers' as const },
    ],
    studies,
  };
}
