// Rate limits count in PostgreSQL: a client whose requests nginx spreads over both instances meets
// one limit, not one per instance.
import { randomInt } from 'node:crypto';
import { cluster } from './support/cluster';
import { testConfig } from '../support/env';

// `count` requests of one client to one instance, a few at a time, as nginx would pass them on
// (the instances believe X-Forwarded-For from loopback, where the proxy is). Their statuses.
async function send(instance: string, client: string, count: number): Promise<number[]> {
  const statuses: number[] = [];
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started += 1;
      const response = await fetch(`${instance}/auth/nothing-here`, { headers: { 'x-forwarded-for': client } });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return statuses;
}

describe('rate limits across both instances', () => {
  it('when one client spreads its login requests over both instances, then they count against one limit and the next one is refused with 429', async () => {
    const limit = testConfig().RATE_LIMIT_LOGIN_PER_MINUTE;
    const client = `198.18.${randomInt(256)}.${randomInt(1, 255)}`; // a benchmarking network
    const [first, second] = cluster.instances;
    const half = Math.floor(limit / 2);
    expect(await send(first, client, half)).not.toContain(429);
    expect(await send(second, client, limit - half)).not.toContain(429);
    expect((await send(first, client, 1))[0]).toBe(429);
    expect((await send(second, client, 1))[0]).toBe(429);
  });
});
