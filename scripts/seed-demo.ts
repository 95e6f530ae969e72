// Seeds the demo school: the school row (platform role) and, in Keycloak, its organization and one
// demo user per role. Idempotent. DEMO credentials only: the password is generated per checkout
// (.local/secrets.env) and printed by scripts/demo.sh.
import { z } from 'zod';
import { registerSchoolIdentityProvider } from '../app/auth';
import { createKeycloakAdmin, masterAdminToken } from '../app/keycloak';
import { loadConfig } from '../app/lib/config';
import { closeDatabases, createDatabases } from '../app/lib/db';
import { createStudyKeyring } from '../app/research';
import { insertStudy } from '../app/research/studies.repo';
import { ensureSchool } from '../app/schools';

const DEMO_SCHOOL = { slug: 'demo-grundschule', name: 'Demo-Grundschule am See' };
export const DEMO_USERS = [
  { username: 'demo-schulleitung', roles: ['school-admin'] },
  { username: 'demo-lehrkraft', roles: ['teacher'] },
  { username: 'demo-schueler-1', roles: ['pupil'] },
  { username: 'demo-schueler-2', roles: ['pupil'] },
  { username: 'demo-forschung', roles: ['researcher'] },
  { username: 'demo-plattform', roles: ['platform-admin'] },
];
const NO_SCHOOL_ROLES = ['researcher', 'platform-admin'];
const DEMO_STUDY = {
  name: 'Demo-Studie Bruchrechnen',
  purpose: 'Demo: wie lange brauchen Kinder für Aufgaben zu Brüchen?',
};
// Users of the demo school's own portal (realm schul-idp-demo), who log in through school SSO.
export const DEMO_PORTAL_USERS = [
  { username: 'demo-portal-lehrkraft', roles: ['lehrkraft'] },
  { username: 'demo-portal-schueler', roles: ['schueler'] },
];
export const DEMO_IDP_ALIAS = 'demo-grundschule-portal';

async function seed() {
  const config = loadConfig();
  const secrets = z
    .object({
      KC_ADMIN_PASSWORD: z.string().min(1),
      DEMO_USER_PASSWORD: z.string().min(12),
      SCHUL_IDP_CLIENT_SECRET: z.string().min(16),
    })
    .parse(process.env);
  const dbs = createDatabases(config);
  try {
    const school = await ensureSchool(dbs.platform, DEMO_SCHOOL);
    const admin = createKeycloakAdmin(config, masterAdminToken(config, 'admin', secrets.KC_ADMIN_PASSWORD));
    const orgId =
      (await admin.findOrganizationId(DEMO_SCHOOL.slug)) ??
      (await admin.createOrganization({
        ...DEMO_SCHOOL,
        alias: DEMO_SCHOOL.slug,
        domain: `${DEMO_SCHOOL.slug}.demo.invalid`,
        attributes: { school_id: [school.id] },
      }));
    for (const user of DEMO_USERS) {
      const userId =
        (await admin.findUserId(user.username)) ??
        (await admin.createUser({
          username: user.username,
          password: secrets.DEMO_USER_PASSWORD,
          isTemporaryPassword: false,
        }));
      await admin.assignRealmRoles(userId, user.roles);
      if (!user.roles.some((role) => NO_SCHOOL_ROLES.includes(role))) await admin.addOrganizationMember(orgId, userId);
    }
    // A demo study: demo-forschung is its researcher; the demo school is invited (the school admin opts in).
    if (!(await dbs.platform.study.findFirst({ where: { name: DEMO_STUDY.name }, select: { id: true } }))) {
      const researcherId = (await admin.findUserId('demo-forschung'))!;
      await insertStudy(dbs.platform, {
        ...DEMO_STUDY,
        rangeFrom: new Date('2026-08-01'),
        rangeTo: new Date('2027-07-31'),
        minGroupSize: 5,
        timeCoarsening: 'week',
        createdBy: 'demo-seed',
        sealedKey: createStudyKeyring(config.RESEARCH_MASTER_KEY).newSealedKey(),
        researcherIds: [researcherId],
        schoolIds: [school.id],
      });
    }
    const portal = createKeycloakAdmin(
      { ...config, KEYCLOAK_REALM: 'schul-idp-demo' },
      masterAdminToken(config, 'admin', secrets.KC_ADMIN_PASSWORD),
    );
    for (const user of DEMO_PORTAL_USERS) {
      const userId =
        (await portal.findUserId(user.username)) ??
        (await portal.createUser({
          username: user.username,
          password: secrets.DEMO_USER_PASSWORD,
          isTemporaryPassword: false,
        }));
      await portal.assignRealmRoles(userId, user.roles);
    }
    await registerSchoolIdentityProvider(admin, orgId, {
      alias: DEMO_IDP_ALIAS,
      displayName: 'Schulportal der Demo-Grundschule',
      issuer: `${config.KEYCLOAK_URL}/realms/schul-idp-demo`,
      clientId: 'schulid-broker',
      clientSecret: secrets.SCHUL_IDP_CLIENT_SECRET,
    });
    console.log(
      `demo school "${school.name}" ready with ${DEMO_USERS.length} demo users and school SSO (${DEMO_PORTAL_USERS.length} portal users)`,
    );
  } finally {
    await closeDatabases(dbs);
  }
}

seed().catch((err: Error) => {
  console.error(`seeding the demo failed: ${err.message}`);
  process.exit(1);
});
