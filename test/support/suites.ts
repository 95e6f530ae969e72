// The set-up most identity tests share: one app server (with its own Keycloak client) and one
// school (with its organization) for the whole file, closed afterwards.
import { startTestServer, type TestServer } from './app';
import { createSchoolWithOrganization, type TestSchool } from './keycloak';

export function serverWithSchool(): { server: TestServer; school: TestSchool } {
  const env = {} as { server: TestServer; school: TestSchool };
  beforeAll(async () => {
    env.server = await startTestServer();
    env.school = await createSchoolWithOrganization(env.server.dbs.platform);
  });
  afterAll(() => env.server.close());
  return env;
}
