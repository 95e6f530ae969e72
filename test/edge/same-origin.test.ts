// CSRF: a page on another origin cannot make a signed-in teacher's browser change anything. The
// session cookie alone no longer suffices for POST/PUT/PATCH/DELETE: the request must come from the
// app's own pages (Origin, or Sec-Fetch-Site), and API bodies must be JSON.
import { serverWithSchool, signIn, type Api } from '../support/suites';

describe('same-origin requests only, for callers signed in by cookie', () => {
  const env = serverWithSchool();
  const staff = () => signIn(env.server.baseUrl, ['teacher'], env.school);
  const classNames = async (api: Api) =>
    ((await api.get('/classes')).body.classes as { name: string }[]).map((c) => c.name);

  it('when a foreign page posts with the teacher’s cookie, then 403 comes back and nothing is created', async () => {
    const teacher = await staff();
    const forged = (headers: Record<string, string>) =>
      teacher.post('/classes', { name: 'Von außen', grade: 5, schoolYear: '2026/27' }, { headers });
    const attempts = [
      forged({ 'content-type': 'text/plain', origin: 'https://evil.example' }),
      forged({ 'content-type': 'application/json', origin: 'https://evil.example' }),
      forged({ 'content-type': 'application/json', origin: 'null' }),
      forged({ 'content-type': 'application/json', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }),
      forged({ 'content-type': 'application/json', origin: env.server.baseUrl.replace('127.0.0.1', 'localhost') }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('cross_origin_refused');
    }
    expect(await classNames(teacher)).not.toContain('Von außen');
  });

  it('when a request with the cookie carries neither Origin nor Sec-Fetch-Site, then it is refused', async () => {
    const { browser } = await staff();
    const cookie = `schulid.sid=${browser.cookie(new URL(env.server.baseUrl).host, 'schulid.sid')}`;
    const response = await fetch(`${env.server.baseUrl}/api/classes`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{"name":"Ohne Herkunft","grade":5,"schoolYear":"2026/27"}',
    });
    expect(response.status).toBe(403);
  });

  it('when the request comes from the app’s own page (Origin, or Sec-Fetch-Site same-origin), then it works', async () => {
    const teacher = await staff();
    expect((await teacher.post('/classes', { name: 'Eigene Seite', grade: 5, schoolYear: '2026/27' })).status).toBe(
      201,
    );
    const fetchSite = await teacher.post(
      '/classes',
      { name: 'Fetch-Metadaten', grade: 5, schoolYear: '2026/27' },
      { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' } },
    );
    expect(fetchSite.status).toBe(201);
    expect(await classNames(teacher)).toEqual(expect.arrayContaining(['Eigene Seite', 'Fetch-Metadaten']));
  });

  it('when a foreign page posts the logout form, then the teacher stays logged in; from the app’s page, they are logged out', async () => {
    const teacher = await staff();
    const foreign = await teacher.browser.request('POST', `${env.server.baseUrl}/auth/logout`, {
      headers: { origin: 'https://evil.example' },
      follow: false,
    });
    expect(foreign.status).toBe(403);
    expect((await teacher.get('/me')).status).toBe(200);
    const own = await teacher.browser.request('POST', `${env.server.baseUrl}/auth/logout`, { follow: false });
    expect(own.status).toBe(303);
    expect((await teacher.get('/me')).status).toBe(401);
  });

  it('when a caller without a session cookie posts from anywhere, then the origin check does not stand in the way', async () => {
    const bearer = await fetch(`${env.server.baseUrl}/api/classes`, {
      method: 'POST',
      headers: { authorization: 'Bearer a.b.c', origin: 'https://evil.example', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(bearer.status).toBe(401);
    const backchannel = await fetch(`${env.server.baseUrl}/auth/backchannel-logout`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      body: new URLSearchParams({ logout_token: 'a.b.c' }),
    });
    expect(backchannel.status).toBe(400);
  });
});
