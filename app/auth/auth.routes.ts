// Login, callback, logout and back-channel logout: the app as backend-for-frontend. The browser
// holds only the app's session cookie, never an access or refresh token.
import express, { Router, type Request } from 'express';
import { accountKindOf, recordLogin } from '../account-activity';
import type { SessionIdentity } from '../access';
import type { Config } from '../lib/config';
import type { Databases } from '../lib/db';
import { AppError } from '../lib/errors';
import type { Logger } from '../lib/logger';
import type { PostgresSessionStore } from '../sessions';
import { completeLogin, safeReturnTo } from './auth.service';
import { ZBackchannelLogout, ZCallbackQuery, ZLoginQuery } from './auth.schemas';
import { endSessionUrl, startAuthorization, type Oidc } from './oidc';
import type { SchoolResolver } from './school-resolver';
import type { TokenVerifier } from './token-verifier';

const LOGIN_TIMEOUT_MS = 30 * 60_000;

// express-session saves a changed session when the response ends, but it sends the headers before
// the save has finished: a redirect could be followed before the session exists. So: save first.
function saveSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
}

export type AuthDependencies = {
  config: Config;
  logger: Logger;
  oidc: Oidc;
  verifier: TokenVerifier;
  sessions: PostgresSessionStore;
  resolveSchool: SchoolResolver;
  dbs: Databases;
};

// The inactivity rule's clock (app/account-activity): one upsert. A failure is logged and never
// costs the user their login.
async function noteLogin({ dbs, logger }: AuthDependencies, identity: SessionIdentity) {
  const kind = accountKindOf(identity.roles);
  if (!identity.schoolId || !kind) return;
  await recordLogin(dbs.platform, { userId: identity.userId, schoolId: identity.schoolId, kind }).catch((err) =>
    logger.error({ err }, 'recording the login for the inactivity rule failed'),
  );
}

export function authRoutes(deps: AuthDependencies): Router {
  const router = Router();

  router.get('/login', async (req, res) => {
    const query = ZLoginQuery.parse(req.query);
    const extra: Record<string, string> = {};
    if (query.idp) extra.kc_idp_hint = query.idp;
    if (query.lang) extra.ui_locales = query.lang;
    const { url, codeVerifier, state, nonce } = await startAuthorization(deps.oidc, extra);
    req.session.login = { state, nonce, codeVerifier, returnTo: safeReturnTo(query.returnTo), startedAt: Date.now() };
    await saveSession(req);
    res.set('Cache-Control', 'no-store').redirect(303, url.href);
  });

  router.get('/callback', async (req, res) => {
    const login = req.session.login;
    if (typeof req.query.error === 'string')
      throw AppError.badRequest('The login was cancelled or refused. Please start again.');
    ZCallbackQuery.parse(req.query);
    if (!login || Date.now() - login.startedAt > LOGIN_TIMEOUT_MS)
      throw AppError.badRequest('No login is in progress here. Please start again.');
    const currentUrl = new URL(req.originalUrl, deps.config.APP_BASE_URL);
    const { identity, tokens } = await completeLogin(deps.oidc, deps.resolveSchool, currentUrl, login);
    // A new session id at login (no session fixation); the absolute lifetime starts now.
    await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    req.session.identity = identity;
    req.session.tokens = tokens;
    await saveSession(req);
    await noteLogin(deps, identity);
    res.set('Cache-Control', 'no-store').redirect(303, login.returnTo);
  });

  router.post('/logout', async (req, res) => {
    const idToken = req.session.tokens?.idToken;
    await new Promise<void>((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    // RP-initiated logout: Keycloak ends its session too, then sends the browser back to us.
    res.redirect(303, (await endSessionUrl(deps.oidc, idToken, `${deps.config.APP_BASE_URL}/`)).href);
  });

  router.post('/backchannel-logout', express.urlencoded({ extended: false, limit: '20kb' }), async (req, res) => {
    res.set('Cache-Control', 'no-store');
    const { logout_token: token } = ZBackchannelLogout.parse(req.body);
    const { sid, sub } = await deps.verifier.verifyLogoutToken(token);
    const ended = sid ? await deps.sessions.destroyByKeycloakSession(sid) : await deps.sessions.destroyByUser(sub!);
    deps.logger.info({ ended }, 'back-channel logout');
    res.status(200).end();
  });

  return router;
}

export const SESSION_COOKIE = 'schulid.sid';
