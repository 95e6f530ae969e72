// The session on /api, read-mostly: the signed cookie that express-session set at login is checked
// (same format: "s:" + id + "." + HMAC-SHA-256, base64 without padding) and the session comes from
// the store's cache. express-session itself stays on /auth (login, regenerate, logout); on /api it
// cost ≈ 12 % of a request (a JSON + SHA-1 "changed?" hash of the whole session, twice per request,
// measured with bench/submit.ts) for sessions that API calls almost never change. The one change
// (fresh tokens after a refresh) is saved explicitly; destroy ends the session in the store.
import { createHmac } from 'node:crypto';
import type { RequestHandler } from 'express';
import type session from 'express-session';
import { safeEqual } from '../lib/crypto';
import type { PostgresSessionStore } from './postgres-session-store';

export function apiSession(store: PostgresSessionStore, secret: string, cookieName: string): RequestHandler {
  return (req, _res, next) => {
    const sid = signedSessionId(req.headers.cookie, cookieName, secret);
    if (!sid) return next();
    store.get(sid, (err, data) => {
      if (err) return next(err);
      if (data) req.session = apiSessionObject(store, sid, data);
      next();
    });
  };
}

function apiSessionObject(
  store: PostgresSessionStore,
  sid: string,
  data: session.SessionData,
): session.Session & Partial<session.SessionData> {
  const object = {
    ...data,
    id: sid,
    save(callback?: (err?: unknown) => void) {
      const { id: _id, save: _save, destroy: _destroy, ...stored } = object;
      store.set(sid, stored as session.SessionData, (err) => callback?.(err));
      return object;
    },
    destroy(callback?: (err?: unknown) => void) {
      store.destroy(sid, (err) => callback?.(err));
      return object;
    },
  };
  return object as unknown as session.Session & Partial<session.SessionData>;
}

export function signedSessionId(cookieHeader: string | undefined, cookieName: string, secret: string): string | null {
  if (!cookieHeader) return null;
  const value = cookieValue(cookieHeader, cookieName);
  if (!value) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null;
  }
  if (!decoded.startsWith('s:')) return null;
  const dot = decoded.lastIndexOf('.');
  if (dot < 2) return null;
  const sid = decoded.slice(2, dot);
  const expected = createHmac('sha256', secret).update(sid).digest('base64').replace(/=+$/, '');
  return safeEqual(expected, decoded.slice(dot + 1)) ? sid : null;
}

function cookieValue(header: string, name: string): string | null {
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}
