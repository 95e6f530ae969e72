import { randomBytes } from 'node:crypto';
import { Browser } from '../support/browser';
import { admin, createSchoolWithOrganization, createUser, type TestSchool } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { serverWithSchool, signedInWithTotp } from '../support/suites';

describe('classes and pupil accounts', () => {
  const env = serverWithSchool();

  const staff = (roles: string[], school: TestSchool = env.school) =>
    signedInWithTotp(env.server.baseUrl, roles, school);
  const send = (browser: Browser, method: string, path: string, body: unknown) =>
    browser.request(method, `${env.server.baseUrl}/api${path}`, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const newClass = async (browser: Browser) =>
    JSON.parse((await send(browser, 'POST', '/classes', { name: '5b', grade: 5, schoolYear: '2026/27' })).body);

  it('when a teacher creates a class and adds pupils, then the pupils exist in Keycloak in the school and can log in after choosing a password', async () => {
    const { browser } = await staff(['teacher']);
    const created = await newClass(browser);
    expect(created).toMatchObject({ name: '5b', grade: 5, schoolYear: '2026/27' });

    const typed = `mathe-${randomBytes(3).toString('hex')}`;
    const added = await send(browser, 'POST', `/classes/${created.id}/pupils`, { usernames: [typed] });
    expect(added.status).toBe(201);
    const generated = JSON.parse(
      (await send(browser, 'POST', `/classes/${created.id}/pupils`, { count: 2 })).body,
    ).pupils;
    expect(generated).toHaveLength(2);
    for (const pupil of generated) expect(pupil.username).toMatch(/^[a-z]+-[a-z]+-\d+$/);

    const listed = JSON.parse(
      (await browser.get(`${env.server.baseUrl}/api/classes/${created.id}/pupils`)).body,
    ).pupils;
    expect(listed.map((p: { username: string }) => p.username).sort()).toEqual(
      [typed, ...generated.map((p: { username: string }) => p.username)].sort(),
    );
    const classes = JSON.parse((await browser.get(`${env.server.baseUrl}/api/classes`)).body).classes;
    expect(classes).toEqual([expect.objectContaining({ id: created.id, pupils: 3 })]);

    const [first] = JSON.parse(added.body).pupils;
    const account = (await (await admin('GET', `/users/${first.pupilId}`)).json()) as {
      username: string;
      requiredActions: string[];
    };
    expect(account.username).toBe(typed);
    const members = (await (await admin('GET', `/organizations/${env.school.orgId}/members`)).json()) as {
      id: string;
    }[];
    expect(members.map((m) => m.id)).toContain(first.pupilId);

    const pupilBrowser = new Browser();
    const login = await loginThroughApp(pupilBrowser, env.server.baseUrl, {
      username: typed,
      password: first.oneTimePassword,
      newPassword: 'Mein-neues-Passwort-7',
    });
    expect(login.stepsSeen).toEqual(['kc-form-login', 'kc-passwd-update-form']);
    expect(JSON.parse((await pupilBrowser.get(`${env.server.baseUrl}/api/me`)).body)).toMatchObject({
      roles: ['pupil'],
      school: { id: env.school.id },
    });
  });

  it('when a username is taken, then nothing is created and the teacher is told which one', async () => {
    const { browser } = await staff(['teacher']);
    const created = await newClass(browser);
    const taken = (await createUser({ roles: ['pupil'], school: env.school })).username;
    const res = await send(browser, 'POST', `/classes/${created.id}/pupils`, {
      usernames: [`neu-${randomBytes(3).toString('hex')}`, taken],
    });
    expect(res.status).toBe(409);
    expect(JSON.parse(res.body).error.message).toContain(taken);
    expect(
      JSON.parse((await browser.get(`${env.server.baseUrl}/api/classes/${created.id}/pupils`)).body).pupils,
    ).toEqual([]);
  });

  it('when a pupil, another teacher or a teacher of another school reaches for a class, then they get 403 or 404', async () => {
    const { browser } = await staff(['teacher']);
    const created = await newClass(browser);
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const pupilBrowser = new Browser();
    await loginThroughApp(pupilBrowser, env.server.baseUrl, pupil);
    expect((await pupilBrowser.get(`${env.server.baseUrl}/api/classes`)).status).toBe(403);
    const colleague = await staff(['teacher']);
    expect((await colleague.browser.get(`${env.server.baseUrl}/api/classes/${created.id}/pupils`)).status).toBe(403);
    const stranger = await staff(['teacher'], await createSchoolWithOrganization(env.server.dbs.platform));
    expect((await stranger.browser.get(`${env.server.baseUrl}/api/classes/${created.id}/pupils`)).status).toBe(404);
    expect((await send(stranger.browser, 'POST', `/classes/${created.id}/pupils`, { count: 1 })).status).toBe(404);
  });

  it('when class or pupil requests are malformed, then 400 says what is wrong', async () => {
    const { browser } = await staff(['teacher']);
    expect((await send(browser, 'POST', '/classes', { name: '', grade: 5, schoolYear: '2026/27' })).status).toBe(400);
    const badYear = await send(browser, 'POST', '/classes', { name: '5a', grade: 5, schoolYear: '26' });
    expect(JSON.parse(badYear.body).error.message).toMatch(/school year/);
    const created = await newClass(browser);
    expect(
      (await send(browser, 'POST', `/classes/${created.id}/pupils`, { usernames: ['Max Mustermann'] })).status,
    ).toBe(400);
    expect(
      (await send(browser, 'POST', `/classes/${created.id}/pupils`, { usernames: ['a-b-c'], count: 2 })).status,
    ).toBe(400);
    expect((await send(browser, 'POST', `/classes/${created.id}/pupils`, { count: 41 })).status).toBe(400);
  });
});
