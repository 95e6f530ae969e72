import express, { Router } from 'express';
import request from 'supertest';
import { randomBytes } from 'node:crypto';
import { assertEveryRouteGuarded, secureRoute } from '../../app/auth';
import { Browser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/app';
import { createSchoolWithOrganization, createUser, type TestSchool } from '../support/keycloak';
import { loginThroughApp } from '../support/login';

describe('who may do what: roles and school from the token, deny by default', () => {
  let server: TestServer;
  let school: TestSchool;
  beforeAll(async () => {
    server = await startTestServer();
    school = await createSchoolWithOrganization(server.dbs.platform);
  });
  afterAll(() => server.close());

  const loggedIn = async (roles: string[], inSchool = school) => {
    const secret = randomBytes(20).toString('hex');
    const user = await createUser({ roles, school: inSchool, otpSecret: secret });
    const browser = new Browser();
    expect((await loginThroughApp(browser, server.baseUrl, { ...user, otpKey: Buffer.from(secret) })).isLoggedIn).toBe(true);
    return browser;
  };

  it('when nobody is logged in, then the API answers 401', async () => {
    const res = await fetch(`${server.baseUrl}/api/school`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('Please log in');
  });

  it('when a pupil calls teacher routes, then they get 403', async () => {
    const pupil = await loggedIn(['pupil']);
    expect((await pupil.get(`${server.baseUrl}/api/school`)).status).toBe(403);
    const put = await pupil.request('PUT', `${server.baseUrl}/api/school/two-factor`, { headers: { 'content-type': 'application/json' }, body: '{"isRequiredForAll":false}' });
    expect(put.status).toBe(403);
  });

  it('when a teacher reads their school, then they see it, but they may not change its 2FA setting', async () => {
    const teacher = await loggedIn(['teacher']);
    const res = await teacher.get(`${server.baseUrl}/api/school`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ id: school.id, slug: school.slug, isTwoFactorRequiredForAll: false });
    const put = await teacher.request('PUT', `${server.baseUrl}/api/school/two-factor`, { headers: { 'content-type': 'application/json' }, body: '{"isRequiredForAll":true}' });
    expect(put.status).toBe(403);
  });

  it("when a school admin of another school reads the school, then they get their own school's data, never this one's", async () => {
    const otherSchool = await createSchoolWithOrganization(server.dbs.platform);
    const otherAdmin = await loggedIn(['school-admin'], otherSchool);
    const res = JSON.parse((await otherAdmin.get(`${server.baseUrl}/api/school`)).body);
    expect(res.id).toBe(otherSchool.id);
  });

  it('when the 2FA setting is sent with a wrong type, then 400 names the field', async () => {
    const schoolAdmin = await loggedIn(['school-admin']);
    const put = await schoolAdmin.request('PUT', `${server.baseUrl}/api/school/two-factor`, { headers: { 'content-type': 'application/json' }, body: '{"isRequiredForAll":"yes"}' });
    expect(put.status).toBe(400);
    expect(JSON.parse(put.body).error.message).toMatch(/isRequiredForAll/);
  });

  it('when an API router has a route without a role list, then the app refuses to start', () => {
    const router = Router();
    secureRoute(router, 'get', '/fine', ['teacher'], (_req, res) => void res.end());
    router.get('/forgotten', (_req, res) => void res.end());
    expect(() => assertEveryRouteGuarded(router)).toThrow(/\/forgotten declares no roles/);
    expect(() => secureRoute(Router(), 'get', '/nobody', [], (_req, res) => void res.end())).toThrow(/allows nobody/);
    const app = express();
    app.use(router);
    return request(app).get('/fine').expect(401);
  });
});
