// API answers carry personal data (names of classes, pupils' progress, one-time passwords): no
// browser, proxy or CDN may keep a copy (ASVS 14.3.2). The default for all of /api, set before
// anything can answer, so a new route cannot forget it; a route may still set its own.
import type { RequestHandler } from 'express';

export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};
