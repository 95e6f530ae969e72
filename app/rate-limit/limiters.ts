// The app's rate limits: a general one for the API and a stricter one for login-related routes.
// Clients are told to come back with 429 and Retry-After (seconds). Counted per client address
// (IPv6 per /56, express-rate-limit's default), which is why TRUSTED_PROXIES must be right.
import { ipKeyGenerator, rateLimit, type RateLimitRequestHandler } from 'express-rate-limit';
import type { Pool } from 'pg';
import { PostgresRateLimitStore } from './postgres-store';

export type Limiters = {
  api: RateLimitRequestHandler;
  login: RateLimitRequestHandler;
  stores: PostgresRateLimitStore[];
};

export function createLimiters(
  pool: Pool,
  namespace: string,
  limits: { apiPerMinute: number; loginPerMinute: number },
): Limiters {
  const make = (name: string, limit: number) => {
    const store = new PostgresRateLimitStore(pool, `${namespace}:${name}`);
    const handler = rateLimit({
      windowMs: 60_000,
      limit,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      store,
      // IPv4 addresses as they are; only IPv6 goes through the /56 grouping, whose address parsing
      // cost 3 % of a request's CPU when applied to every address (measured, bench/submit.ts).
      keyGenerator: (req) => {
        const ip = req.ip ?? '';
        if (!ip.includes(':')) return ip;
        // IPv4 seen through an IPv6 socket ("::ffff:192.0.2.1"): the IPv4 address.
        if (ip.startsWith('::ffff:') && ip.includes('.')) return ip.slice(7);
        return ipKeyGenerator(ip);
      },
      // X-Forwarded-For from an untrusted peer is ignored on purpose (TRUSTED_PROXIES), not a mistake.
      validate: { xForwardedForHeader: false },
      message: { error: { code: 'rate_limited', message: 'Too many requests. Please wait a moment and try again.' } },
    });
    return { store, handler };
  };
  const api = make('api', limits.apiPerMinute);
  const login = make('login', limits.loginPerMinute);
  return { api: api.handler, login: login.handler, stores: [api.store, login.store] };
}
