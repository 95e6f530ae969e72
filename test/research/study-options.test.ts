// What a platform admin picks a new study's researchers and schools from: names from Keycloak and
// from the schools table, never more than id and name, and only for platform admins.
import { randomUUID } from 'node:crypto';
import { createUser } from '../support/keycloak';
import { serverWithSchool, signIn, type SignedInApi } from '../support/suites';

describe('the pick lists for a new study', () => {
  const env = serverWithSchool();
  let admin: SignedInApi;
  beforeAll(async () => {
    admin = await signIn(env.server.baseUrl, ['platform-admin']);
  });

  it('when a platform admin asks for researchers, then everyone with the researcher role is listed by username, and nobody else', async () => {
    const tag = randomUUID().slice(0, 6);
    const researcher = await createUser({ roles: ['researcher'], username: `dr.pick.${tag}` });
    const teacher = await createUser({ roles: ['teacher'], school: env.school, username: `lk.pick.${tag}` });
    const answer = await admin.get('/research/researchers');
    expect(answer.status).toBe(200);
    expect(answer.body.researchers).toContainEqual({ id: researcher.id, username: researcher.username });
    expect(answer.body.researchers.some((r: { id: string }) => r.id === teacher.id)).toBe(false);
    for (const entry of answer.body.researchers) expect(Object.keys(entry).sort()).toEqual(['id', 'username']);
    const names = answer.body.researchers.map((r: { username: string }) => r.username);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
  });

  it('when a platform admin asks for schools, then each school comes with its name and handle, and a study can invite it by that id', async () => {
    const name = `Grundschule am Pickweg ${randomUUID().slice(0, 6)}`;
    await env.server.dbs.platform.school.update({ where: { id: env.school.id }, data: { name } });
    const answer = await admin.get('/research/schools');
    expect(answer.status).toBe(200);
    expect(answer.body.schools).toContainEqual({ id: env.school.id, name, slug: env.school.slug });
    for (const entry of answer.body.schools) expect(Object.keys(entry).sort()).toEqual(['id', 'name', 'slug']);
    const researcher = (await admin.get('/research/researchers')).body.researchers[0];
    const study = await admin.post('/research/studies', {
      name: 'Picked by name',
      purpose: 'Test',
      from: '2026-09-01',
      to: '2027-07-31',
      researcherIds: [researcher.id],
      schoolIds: [env.school.id],
    });
    expect(study.status).toBe(201);
  });

  it('when anyone but a platform admin asks, then they get 403 (401 without a session)', async () => {
    const researcher = await signIn(env.server.baseUrl, ['researcher']);
    const schoolAdmin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    for (const api of [researcher, schoolAdmin]) {
      expect((await api.get('/research/researchers')).status).toBe(403);
      expect((await api.get('/research/schools')).status).toBe(403);
    }
    const anonymous = await fetch(`${env.server.baseUrl}/api/research/schools`);
    expect(anonymous.status).toBe(401);
  });
});
