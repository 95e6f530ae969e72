// The app keeps no session of its own: a login, a logout and Keycloak's back-channel logout act on
// the session in PostgreSQL, so both instances see the same thing (their session caches are
// emptied through NOTIFY). Each browser below is pinned to one instance at a time.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  apiFor,
  Browser,
  cluster,
  clusterDatabases,
  createSchoolWithOrganization,
  keycloakAdmin,
  pin,
  signIn,
  type SignedInApi,
  type TestSchool,
} from './support/cluster';

// What instance `n` answers for the teacher's session now.
async function meOn(teacher: SignedInApi, n: 0 | 1): Promise<number> {
  pin(teacher.browser, { app: n });
  return (await apiFor(teacher.browser, cluster.appUrl).get('/me')).status;
}

// An ended session is announced to the other instance at commit (NOTIFY): allow it a moment.
async function settlesTo(status: number, probe: () => Promise<number>): Promise<number> {
  let seen = await probe();
  for (let tries = 0; seen !== status && tries < 20; tries++) {
    await sleep(100);
    seen = await probe();
  }
  return seen;
}

describe('app sessions across both instances', () => {
  const dbs = clusterDatabases();
  let school: TestSchool;
  beforeAll(async () => {
    school = await createSchoolWithOrganization(dbs.platform);
  });

  // Signed in through the proxy (either instance, either Keycloak node), then asked on each.
  const signedInTeacher = async () => {
    const teacher = await signIn(cluster.appUrl, ['teacher'], school);
    expect(await meOn(teacher, 0)).toBe(200);
    expect(await meOn(teacher, 1)).toBe(200);
    return teacher;
  };

  it('when a teacher signs in through instance 1, then instance 2 serves their requests as them', async () => {
    const browser = new Browser();
    pin(browser, { app: 0 });
    const teacher = await signIn(cluster.appUrl, ['teacher'], school, { browser });
    const onFirst = await apiFor(teacher.browser, cluster.appUrl).get('/me');
    pin(teacher.browser, { app: 1 });
    const onSecond = await apiFor(teacher.browser, cluster.appUrl).get('/me');
    expect(onSecond.status).toBe(200);
    expect(onSecond.body).toEqual(onFirst.body);
  });

  it('when the teacher logs out through instance 1, then instance 2 answers 401 and Keycloak keeps no session', async () => {
    const teacher = await signedInTeacher();
    pin(teacher.browser, { app: 0 });
    const logout = await teacher.browser.request('POST', `${cluster.appUrl}/auth/logout`);
    expect(logout.status).toBe(200);
    expect(await settlesTo(401, () => meOn(teacher, 1))).toBe(401);
    expect(await meOn(teacher, 0)).toBe(401);
    expect(await keycloakAdmin.listUserSessions(teacher.user.id)).toEqual([]);
  });

  it("when Keycloak ends the teacher's session (back-channel logout), then neither instance serves it any more", async () => {
    const teacher = await signedInTeacher();
    await keycloakAdmin.logoutUser(teacher.user.id);
    expect(await settlesTo(401, () => meOn(teacher, 0))).toBe(401);
    expect(await settlesTo(401, () => meOn(teacher, 1))).toBe(401);
    const { rows } = await dbs.platformPool.query('SELECT 1 FROM app_sessions WHERE user_id = $1', [teacher.user.id]);
    expect(rows).toEqual([]);
  });
});
