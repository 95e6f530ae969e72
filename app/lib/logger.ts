// pino, with everything that could carry personal data or secrets redacted. Request logs carry the
// request id, method, route, the path without its query string, the status and the time: no IPs, no
// bodies, no cookies.
import pino, { type Logger } from 'pino';
import { requestLogFields } from './request-context';

export type { Logger };

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.access_token',
  '*.refresh_token',
  '*.id_token',
  '*.secret',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { service: 'schulid-app' },
      // Inside a request: its id, method and route on every line (app/lib/request-context.ts).
      mixin: requestLogFields,
    },
    destination,
  );
}
