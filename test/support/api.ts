// One way for tests to call the app's API as a signed-in user:
//   const api = await signIn(baseUrl, ['teacher'], school);
//   const created = await api.post('/classes', { name: '5b', grade: 5, schoolYear: '2026/27' });
// Requests go through the user's own Browser (its cookies), as the app's pages send them: JSON with
// the app's Origin on unsafe requests. Answers come back with the body parsed when it is JSON.
import { randomBytes } from 'node:crypto';
import { Browser } from './browser';
import { createUser, type TestSchool, type TestUser } from './keycloak';
import { loginThroughApp } from './login';

export type ApiResponse = {
  status: number;
  // The parsed JSON when the answer is JSON (null when it is empty), else the text.
  body: any;
  // The body as it came.
  text: string;
  headers: Headers;
};

export type ApiRequestOptions = {
  // Added to (or replacing) the helper's own headers, e.g. a foreign Origin or X-Forwarded-For.
  headers?: Record<string, string>;
  // Sent as it is instead of the JSON of the body, e.g. a malformed one.
  rawBody?: string;
};

export type Api = {
  readonly browser: Browser;
  readonly baseUrl: string;
  // `path` is relative to `${baseUrl}/api`.
  request(method: string, path: string, body?: unknown, options?: ApiRequestOptions): Promise<ApiResponse>;
  get(path: string, options?: ApiRequestOptions): Promise<ApiResponse>;
  post(path: string, body?: unknown, options?: ApiRequestOptions): Promise<ApiResponse>;
  put(path: string, body?: unknown, options?: ApiRequestOptions): Promise<ApiResponse>;
  delete(path: string, body?: unknown, options?: ApiRequestOptions): Promise<ApiResponse>;
};

export type SignedInUser = TestUser & { otpKey: Buffer };
export type SignedInApi = Api & { readonly user: SignedInUser };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\b/i;

// The API as seen from a browser that is already signed in (or not at all), however it logged in.
export function apiFor(browser: Browser, baseUrl: string): Api {
  const origin = new URL(baseUrl).origin;
  const request = async (method: string, path: string, body?: unknown, options: ApiRequestOptions = {}) => {
    const isSafe = SAFE_METHODS.has(method);
    const page = await browser.request(method, `${baseUrl}/api${path}`, {
      headers: { ...(isSafe ? {} : { 'content-type': 'application/json', origin }), ...options.headers },
      body: options.rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const isJson = JSON_TYPE.test(page.headers.get('content-type') ?? '');
    return {
      status: page.status,
      body: isJson ? (page.body ? JSON.parse(page.body) : null) : page.body,
      text: page.body,
      headers: page.headers,
    };
  };
  return {
    browser,
    baseUrl,
    request,
    get: (path, options) => request('GET', path, undefined, options),
    post: (path, body, options) => request('POST', path, body, options),
    put: (path, body, options) => request('PUT', path, body, options),
    delete: (path, body, options) => request('DELETE', path, body, options),
  };
}

// A new user of the given roles (in the school, if given), with TOTP set up, logged in to the app
// through the real Keycloak in a browser of their own (or the one given, e.g. pinned to a server).
export async function signIn(
  baseUrl: string,
  roles: string[],
  school?: TestSchool,
  { browser = new Browser(), ...options }: { username?: string; email?: string; browser?: Browser } = {},
): Promise<SignedInApi> {
  const secret = randomBytes(20).toString('hex');
  const user = { ...(await createUser({ roles, school, otpSecret: secret, ...options })), otpKey: Buffer.from(secret) };
  const outcome = await loginThroughApp(browser, baseUrl, user);
  if (!outcome.isLoggedIn) throw new Error(`login of a ${roles.join('/')} failed: ${outcome.message}`);
  return { ...apiFor(browser, baseUrl), user };
}
