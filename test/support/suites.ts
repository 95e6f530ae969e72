// The set-up most identity tests share: one app server (with its own Keycloak client) and one
// school (with its organization) for the whole file, closed afterwards.
import { randomBytes } from 'node:crypto';
import { makeTestApp, startTestServer, type TestApp, type TestServer } from './app';
import { Browser } from './browser';
import { createSchoolWithOrganization, createUser, type TestSchool } from './keycloak';
import { loginThroughApp } from './login';

// Signing in and calling the API: see api.ts.
export { apiFor, signIn, type Api, type ApiResponse, type SignedInApi } from './api';

export function serverWithSchool(): { server: TestServer; school: TestSchool } {
  const env = {} as { server: TestServer; school: TestSchool };
  beforeAll(async () => {
    env.server = await startTestServer();
    env.school = await createSchoolWithOrganization(env.server.dbs.platform);
  });
  afterAll(() => env.server.close());
  return env;
}

// One in-process app (no listening port) for the whole file, closed afterwards.
export function inProcessApp(): { testApp: TestApp } {
  const env = {} as { testApp: TestApp };
  beforeAll(async () => {
    env.testApp = await makeTestApp();
  });
  afterAll(() => env.testApp.close());
  return env;
}

// A user of the given roles, with TOTP set up, logged in to the app in a browser of their own.
export async function signedInWithTotp(
  baseUrl: string,
  roles: string[],
  school?: TestSchool,
  names: { username?: string; email?: string } = {},
) {
  const secret = randomBytes(20).toString('hex');
  const user = await createUser({ roles, school, otpSecret: secret, ...names });
  const browser = new Browser();
  const outcome = await loginThroughApp(browser, baseUrl, { ...user, otpKey: Buffer.from(secret) });
  if (!outcome.isLoggedIn) throw new Error(`login of a ${roles.join('/')} failed: ${outcome.message}`);
  return { user, browser };
}

// A JSON request to the app's API in that browser: status and parsed body.
export async function apiJson(browser: Browser, baseUrl: string, method: string, path: string, body?: unknown) {
  const page = await browser.request(method, `${baseUrl}/api${path}`, {
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: page.status, body: page.body ? JSON.parse(page.body) : null };
}
