// What Keycloak's brute-force detection does with the realm's settings (failureFactor 5,
// waitIncrementSeconds 60, maxFailureWaitSeconds 900, quick-login check 1 s), measured through
// real logins and read from the attack-detection endpoint. Prints one JSON line per observation.
// Takes about 10 minutes: it waits out the lockouts it causes. Run it with the test stack's
// environment: set -a; eval "$(bash scripts/print-env.sh schulid_test)"; set +a;
// NODE_ENV=test node_modules/.bin/tsx bench/brute-force.ts
import { setTimeout as sleep } from 'node:timers/promises';
import { startTestServer, type TestServer } from '../test/support/app';
import { Browser } from '../test/support/browser';
import { createSchoolWithOrganization, createUser, keycloakAdmin, type TestUser } from '../test/support/keycloak';
import { loginThroughApp } from '../test/support/login';

const status = (user: TestUser) => keycloakAdmin.bruteForceCounters(user.id);
const print = (scenario: string, observation: Record<string, unknown>) =>
  console.log(JSON.stringify({ scenario, ...observation }));

async function fail(server: TestServer, user: TestUser, times: number, gapMs: number) {
  for (let i = 0; i < times; i++) {
    await loginThroughApp(new Browser(), server.baseUrl, { ...user, password: `wrong-${i}-xxxxxxxxxx` });
    if (gapMs > 0) await sleep(gapMs);
  }
}

// Seconds from now until the account is no longer disabled (polled every 250 ms).
async function lockSeconds(user: TestUser): Promise<number> {
  const started = Date.now();
  while ((await status(user)).disabled) await sleep(250);
  return Math.round((Date.now() - started) / 100) / 10;
}

// Five failures 1.5 s apart, then one more failure each time the lockout has just ended, up to
// UNTIL_FAILURES (default 11): how long each failure locks the account.
async function oneGuessPerLockout(server: TestServer, user: TestUser) {
  const until = Number(process.env.UNTIL_FAILURES ?? 11);
  await fail(server, user, 4, 1500);
  print('spaced 1.5 s', { after: 4, ...(await status(user)) });
  for (let failures = 5; failures <= until; failures++) {
    await fail(server, user, 1, 0);
    const now = await status(user);
    print('one guess per lockout', {
      after: failures,
      numFailures: now.numFailures,
      numTemporaryLockouts: now.numTemporaryLockouts,
      lockSeconds: now.disabled ? (now.failedLoginNotBefore ?? 0) - Math.round(now.lastFailure / 1000) : 0,
      waitedSeconds: now.disabled ? await lockSeconds(user) : 0,
    });
  }
}

// Four failures, then the right password: the count starts again.
async function successResets(server: TestServer, user: TestUser) {
  await fail(server, user, 4, 1500);
  const isLoggedIn = (await loginThroughApp(new Browser(), server.baseUrl, user)).isLoggedIn;
  print('right password after 4 failures', { isLoggedIn, ...(await status(user)) });
}

async function quick(server: TestServer, user: TestUser) {
  await fail(server, user, 2, 0);
  const after2 = await status(user);
  print('back to back', { after: 2, ...after2, lockedForSeconds: after2.disabled ? await lockSeconds(user) : 0 });
}

async function whileLocked(server: TestServer, user: TestUser) {
  await fail(server, user, 5, 1200);
  const locked = await status(user);
  await fail(server, user, 3, 1200);
  print('guesses while locked', {
    before: locked,
    after: await status(user),
    rightPasswordWhileLocked: (await loginThroughApp(new Browser(), server.baseUrl, user)).isLoggedIn,
  });
  print('guesses while locked', { lockedForSeconds: await lockSeconds(user) });
}

async function main() {
  const server = await startTestServer({ LOG_LEVEL: 'silent', RATE_LIMIT_LOGIN_PER_MINUTE: '100000' });
  try {
    const school = await createSchoolWithOrganization(server.dbs.platform);
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => createUser({ roles: ['pupil'], school })));
    await Promise.all([
      oneGuessPerLockout(server, a!),
      quick(server, b!),
      whileLocked(server, c!),
      successResets(server, d!),
    ]);
  } finally {
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
