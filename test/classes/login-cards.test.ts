import { spawnSync } from 'node:child_process';
import { Browser } from '../support/browser';
import { loginThroughApp } from '../support/login';
import { serverWithSchool, signIn } from '../support/suites';

describe('login cards', () => {
  const env = serverWithSchool();

  it('when a teacher prints login cards, then the PDF holds each pupil’s username and a new one-time password that works (and the old one no longer does)', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await teacher.post('/classes', { name: 'Mathe-AG', grade: 5, schoolYear: '2026/27' })).body;
    const pupils = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 2 })).body.pupils as {
      username: string;
      oneTimePassword: string;
    }[];

    const response = await fetch(`${env.server.baseUrl}/api/classes/${schoolClass.id}/login-cards`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: env.server.baseUrl,
        cookie: `schulid.sid=${teacher.browser.cookie(new URL(env.server.baseUrl).host, 'schulid.sid')}`,
      },
      body: '{}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).stdout;
    expect(text).toContain('Zugang für die Klasse Mathe-AG');
    for (const pupil of pupils) expect(text).toContain(pupil.username);

    const [first] = pupils;
    // Cards are read row by row: usernames and passwords come in the same order.
    const lines = text.split('\n').map((line) => line.trim());
    const usernames = lines.filter((line) => /^[a-z]+-[a-z]+-\d+$/.test(line));
    const passwords = lines.filter((line) => /^[A-Za-z2-9]{14}$/.test(line));
    const newPassword = passwords[usernames.indexOf(first!.username)]!;
    expect(newPassword).not.toBe(first!.oneTimePassword);
    expect(
      (
        await loginThroughApp(new Browser(), env.server.baseUrl, {
          username: first!.username,
          password: first!.oneTimePassword,
        })
      ).isLoggedIn,
    ).toBe(false);
    const login = await loginThroughApp(new Browser(), env.server.baseUrl, {
      username: first!.username,
      password: newPassword,
      newPassword: 'Mein-Karten-Passwort-5',
    });
    expect(login.stepsSeen).toEqual(['kc-form-login', 'kc-passwd-update-form']);
    expect(login.isLoggedIn).toBe(true);
  });
});
