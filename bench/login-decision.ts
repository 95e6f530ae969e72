// The country check's decision endpoint under load (autocannon, 50 connections, BENCH_SECONDS), and
// the GeoIP lookup alone (1,000,000 lookups of real addresses), in the same run. Each decision
// writes its login-attempt row, as in production; the rows are deleted afterwards.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { lookupCountry } from '../app/country-restriction';
import { makeTestApp } from '../test/support/app';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ADDRESSES = [
  '85.214.132.117',
  '8.8.8.8',
  '193.170.0.1',
  '195.186.1.111',
  '2001:4860:4860::8888',
  '81.169.145.105',
];

async function main() {
  const started = performance.now();
  let found = 0;
  for (let i = 0; i < 1_000_000; i++) if (lookupCountry(ADDRESSES[i % ADDRESSES.length]!)) found++;
  const perLookupNs = ((performance.now() - started) * 1e6) / 1_000_000;
  console.log(
    JSON.stringify({
      name: 'geoip-lookup',
      lookups: 1_000_000,
      found,
      perLookupMicros: Math.round(perLookupNs) / 1000,
    }),
  );

  const testApp = await makeTestApp({ LOG_LEVEL: 'silent' });
  const server = createServer(testApp.internalApp).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/internal/login-decisions`;
    const result = await autocannon({
      url,
      method: 'POST',
      connections: 50,
      duration: SECONDS,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${testApp.config.DECISION_SECRET}` },
      body: JSON.stringify({
        userId: 'bench-decision-user',
        roles: ['pupil'],
        schools: [],
        ipAddress: '85.214.132.117',
        clientId: 'bench',
      }),
    });
    console.log(
      JSON.stringify({
        name: 'login-decision-endpoint',
        connections: 50,
        requestsPerSecond: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        errors: result.errors + result.non2xx,
      }),
    );
  } finally {
    await testApp.dbs.platformPool.query("DELETE FROM login_attempts WHERE user_id = 'bench-decision-user'");
    await testApp.dbs.platformPool.query("DELETE FROM user_login_countries_seen WHERE user_id = 'bench-decision-user'");
    server.close();
    await testApp.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
