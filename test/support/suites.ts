// The set-up most identity tests share: one app server (with its own Keycloak client) and one
// school (with its organization) for the whole file, closed afterwards.
import { makeTestApp, startTestServer, type TestApp, type TestServer } from './app';
import { createSchoolWithOrganization, type TestSchool } from './keycloak';

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
