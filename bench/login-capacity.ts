// Login capacity: full logins (app /auth/login → Keycloak's page → password → callback → session)
// by 1, 2, 4 and 8 concurrent users for LOGIN_SECONDS each, with the realm's real password hashing.
// Printed per level: logins/s, p50/p99, and Keycloak's own CPU seconds (from /proc, its whole
// process group) — so "logins per Keycloak core-second" holds even when the load generator, the
// app and PostgreSQL share the machine. The capacity model (docs/capacity-model.md) reads these.
// Baseline in the same run: Keycloak's token endpoint (client credentials, no password hash).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Browser } from '../test/support/browser';
import { startTestServer } from '../test/support/app';
import { createSchoolWithOrganization, createUser } from '../test/support/keycloak';
import { loginThroughApp } from '../test/support/login';
import { clientCredentialsToken } from '../test/support/tokens';
import { summarize } from './percentiles';
import { processes } from './process-cpu';

const SECONDS = Number(process.env.LOGIN_SECONDS ?? 15);
const LEVELS = (process.env.LOGIN_LEVELS ?? '1,2,4,8').split(',').map(Number);
// CPU seconds used so far by every process in Keycloak's process group (kc.sh and its JVM).
function keycloakCpuSeconds(): number {
  const group = readFileSync(join(__dirname, '..', '.local', 'keycloak.pid'), 'utf8').trim();
  const ms = processes()
    .filter((p) => p.processGroup === group)
    .reduce((total, p) => total + p.cpuMs, 0);
  return ms / 1000;
}

async function main() {
  const server = await startTestServer({ LOG_LEVEL: 'silent', RATE_LIMIT_LOGIN_PER_MINUTE: '1000000' });
  try {
    const school = await createSchoolWithOrganization(server.dbs.platform);
    const pupils = await Promise.all(
      Array.from({ length: Math.max(...LEVELS) }, () => createUser({ roles: ['pupil'], school })),
    );
    for (const pupil of pupils) await loginThroughApp(new Browser(), server.baseUrl, pupil); // warm-up
    for (const level of LEVELS) {
      const samples: number[] = [];
      const cpuBefore = keycloakCpuSeconds();
      const started = performance.now();
      const until = started + SECONDS * 1000;
      await Promise.all(
        pupils.slice(0, level).map(async (pupil) => {
          while (performance.now() < until) {
            const browser = new Browser();
            const begin = performance.now();
            const outcome = await loginThroughApp(browser, server.baseUrl, pupil);
            if (!outcome.isLoggedIn) throw new Error(`login failed: ${outcome.message}`);
            samples.push(performance.now() - begin);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const cpu = keycloakCpuSeconds() - cpuBefore;
      console.log(
        JSON.stringify({
          ...summarize(`login, ${level} concurrent`, samples),
          loginsPerSecond: Math.round((samples.length / seconds) * 10) / 10,
          keycloakCpuSeconds: Math.round(cpu * 10) / 10,
          loginsPerKeycloakCoreSecond: Math.round((samples.length / cpu) * 10) / 10,
        }),
      );
    }
    const tokens: number[] = [];
    const cpuBefore = keycloakCpuSeconds();
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      await clientCredentialsToken('schulid-admin-api', server.config.SCHULID_ADMIN_API_CLIENT_SECRET);
      tokens.push(performance.now() - started);
    }
    const cpu = keycloakCpuSeconds() - cpuBefore;
    console.log(
      JSON.stringify({
        ...summarize('baseline: keycloak token endpoint (client credentials, no password hash)', tokens),
        tokensPerKeycloakCoreSecond: Math.round((200 / cpu) * 10) / 10,
      }),
    );
  } finally {
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
