// The teachers' live overview streams from whichever instance the teacher's browser reached, and
// gets every submit, whichever instance took it: closing an attempt NOTIFYs every instance.
import { randomBytes } from 'node:crypto';
import {
  apiFor,
  Browser,
  cluster,
  clusterDatabases,
  createSchoolWithOrganization,
  keycloakAdmin,
  loginThroughApp,
  pin,
  signIn,
} from './support/cluster';

// The class's live stream on one instance, with the teacher's session cookie: its events as they come.
async function openLiveStream(instance: string, classId: string, sessionCookie: string) {
  const abort = new AbortController();
  const response = await fetch(`${instance}/api/classes/${classId}/live`, {
    headers: { cookie: `schulid.sid=${sessionCookie}` },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  const nextEvent = async (name: string): Promise<unknown> => {
    for (;;) {
      const match = new RegExp(`event: ${name}\\ndata: (.*)\\n\\n`).exec(text);
      if (match) return JSON.parse(match[1]!);
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      text += value;
    }
  };
  // Listening once the first bytes arrived (the stream's retry hint).
  while (!text.includes('retry:')) text += (await reader.read()).value ?? '';
  return { nextEvent, close: () => abort.abort() };
}

describe('the live overview across both instances', () => {
  const dbs = clusterDatabases();

  it("when a pupil submits through instance 2, then the teacher's live overview on instance 1 shows it", async () => {
    const school = await createSchoolWithOrganization(dbs.platform);
    const teacher = await signIn(cluster.appUrl, ['teacher'], school);
    const created = await teacher.post('/classes', { name: '4c', grade: 4, schoolYear: '2026/27' });
    expect(created.status).toBe(201);
    const username = `kind-${randomBytes(4).toString('hex')}`;
    const added = await teacher.post(`/classes/${created.body.id}/pupils`, { usernames: [username] });
    expect(added.status).toBe(201);
    const pupilId = added.body.pupils[0].pupilId as string;
    const password = `Pw-${randomBytes(12).toString('base64url')}`;
    await keycloakAdmin.resetPassword(pupilId, password, false);

    const sessionCookie = teacher.browser.cookie(new URL(cluster.appUrl).host, 'schulid.sid')!;
    const live = await openLiveStream(cluster.instances[0], created.body.id, sessionCookie);
    try {
      const tablet = new Browser();
      pin(tablet, { app: 1 });
      expect((await loginThroughApp(tablet, cluster.appUrl, { username, password })).isLoggedIn).toBe(true);
      const pupil = apiFor(tablet, cluster.appUrl);
      const attempt = await pupil.post('/attempts', { templateId: 'md-times-table' });
      expect(attempt.status).toBe(201);
      expect((await pupil.post(`/attempts/${attempt.body.attemptId}/submit`, { answer: '1' })).status).toBe(200);
      expect(await live.nextEvent('attempt')).toEqual(expect.objectContaining({ pupilId, topic: 'multiply-divide' }));
    } finally {
      live.close();
    }
  });
});
