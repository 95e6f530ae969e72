import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { startTestServer, type TestServer } from '../support/app';
import { createUser, keycloakAdminOf, registerResearchClient } from '../support/keycloak';
import { clientCredentialsToken, deviceFlowToken } from '../support/tokens';

describe("bearer tokens for researchers' scripts, verified locally", () => {
  let testApp: TestServer;
  let research: { clientId: string; remove(): Promise<void> };
  // One researcher per test: a TOTP code is accepted once, and tests may run within one 30-s step.
  const newResearcher = async () => {
    const secret = randomBytes(20).toString('hex');
    return { ...(await createUser({ roles: ['researcher'], otpSecret: secret })), otpKey: Buffer.from(secret) };
  };
  beforeAll(async () => {
    testApp = await startTestServer();
    research = await registerResearchClient(`${testApp.internalUrl}/internal/login-decisions`);
  });
  afterAll(async () => {
    await research.remove();
    await testApp.close();
  });

  it('when a researcher signs in through the device flow (with 2FA), then the token is accepted and names the researcher role', async () => {
    const { access_token: token } = await deviceFlowToken(research.clientId, await newResearcher());
    const me = await request(testApp.app).get('/api/me').set('authorization', `Bearer ${token}`);
    expect(me.status).toBe(200);
    expect(me.body.roles).toEqual(['researcher']);
    expect(me.body.school).toBeNull();
  });

  it('when a token has expired, then the API answers 401', async () => {
    const shortLived = await registerResearchClient(`${testApp.internalUrl}/internal/login-decisions`, 1);
    try {
      const { access_token: token, expires_in: lifetime } = await deviceFlowToken(
        shortLived.clientId,
        await newResearcher(),
      );
      expect(lifetime).toBeLessThanOrEqual(1); // 1 s, less the time Keycloak took to answer
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const res = await request(testApp.app).get('/api/me').set('authorization', `Bearer ${token}`);
      expect(res.status).toBe(401);
      expect(res.body.error.message).toMatch(/expired|invalid/);
    } finally {
      await shortLived.remove();
    }
  });

  it('when a token comes from another realm, then the API answers 401', async () => {
    const clientId = `test-foreign-${randomBytes(4).toString('hex')}`;
    const secret = randomBytes(24).toString('base64url');
    await keycloakAdminOf('schul-idp-demo').createClient({
      clientId,
      secret,
      publicClient: false,
      serviceAccountsEnabled: true,
      standardFlowEnabled: false,
    });
    const token = await clientCredentialsToken(clientId, secret, 'schul-idp-demo');
    expect((await request(testApp.app).get('/api/me').set('authorization', `Bearer ${token}`)).status).toBe(401);
  });

  it('when a token of our realm is not meant for the API (no schulid-api audience), then the API answers 401', async () => {
    const token = await clientCredentialsToken('schulid-admin-api', testApp.config.SCHULID_ADMIN_API_CLIENT_SECRET);
    expect((await request(testApp.app).get('/api/me').set('authorization', `Bearer ${token}`)).status).toBe(401);
  });

  it('when the Authorization header is malformed or the token is tampered with, then the API answers 401 with a message', async () => {
    const { access_token: token } = await deviceFlowToken(research.clientId, await newResearcher());
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, roles: ['school-admin'] })).toString('base64url')}.${signature}`;
    expect((await request(testApp.app).get('/api/me').set('authorization', `Bearer ${tampered}`)).status).toBe(401);
    const basic = await request(testApp.app).get('/api/me').set('authorization', 'Basic dXNlcjpwYXNz');
    expect(basic.status).toBe(401);
    expect(basic.body.error.message).toMatch(/Bearer/);
  });
});
