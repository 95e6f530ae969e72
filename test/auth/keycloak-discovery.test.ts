import { fetchJwks, fetchOpenIdConfiguration } from '../../app/keycloak';
import { testConfig } from '../support/env';

describe('talking to Keycloak', () => {
  it("when the app asks for the realm's OpenID configuration, then the real Keycloak names itself the issuer", async () => {
    const config = testConfig();
    const openId = await fetchOpenIdConfiguration(config);
    expect(openId.issuer).toBe(`${config.KEYCLOAK_URL}/realms/schulid`);
    expect(openId.authorization_endpoint).toMatch(/\/realms\/schulid\/protocol\/openid-connect\/auth$/);
    expect(openId.end_session_endpoint).toBeDefined();
  });

  it("when the app fetches the realm's JWKS, then it holds an RS256 signing key", async () => {
    const jwks = await fetchJwks(await fetchOpenIdConfiguration(testConfig()));
    expect(jwks.keys.some((key) => key.kty === 'RSA' && key.alg === 'RS256' && key.use === 'sig')).toBe(true);
  });

  it('when the realm does not exist, then discovery fails with a clear error', async () => {
    await expect(fetchOpenIdConfiguration(testConfig({ KEYCLOAK_REALM: 'no-such-realm' }))).rejects.toThrow(/404/);
  });
});
