// Local verification of Keycloak's JWTs with jose, against the realm's JWKS (fetched once, then
// cached by jose and refreshed when an unknown key id shows up): no call to Keycloak per request.
//   access tokens (bearer, researchers' scripts): RS256 only, our issuer, our API audience,
//     unexpired, typ "Bearer";
//   logout tokens (back-channel logout, OIDC Back-Channel Logout 1.0 §2.6): RS256, our issuer,
//     our client as audience, recent iat, the back-channel-logout event, sid or sub, no nonce.
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { AppError } from '../lib/errors';
import { fetchOpenIdConfiguration, type KeycloakSettings } from '../keycloak';

const LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

export type TokenVerifier = {
  verifyAccessToken(token: string): Promise<JWTPayload & { sub: string }>;
  verifyLogoutToken(token: string): Promise<{ sid?: string; sub?: string }>;
};

export function createTokenVerifier(
  settings: KeycloakSettings & { SCHULID_APP_CLIENT_ID: string; API_AUDIENCE: string },
): TokenVerifier {
  let keys: Promise<{ issuer: string; jwks: ReturnType<typeof createRemoteJWKSet> }> | undefined;
  const realmKeys = () => {
    keys ??= fetchOpenIdConfiguration(settings)
      .then((metadata) => ({
        issuer: metadata.issuer,
        jwks: createRemoteJWKSet(new URL(metadata.jwks_uri), { timeoutDuration: 5000 }),
      }))
      .catch((err) => {
        keys = undefined;
        throw err;
      });
    return keys;
  };

  return {
    async verifyAccessToken(token) {
      const { issuer, jwks } = await realmKeys();
      try {
        const { payload } = await jwtVerify(token, jwks, {
          issuer,
          audience: settings.API_AUDIENCE,
          algorithms: ['RS256'],
          requiredClaims: ['exp', 'iat', 'sub'],
        });
        if (payload.typ !== 'Bearer') throw new Error('not an access token');
        return payload as JWTPayload & { sub: string };
      } catch {
        throw new AppError(401, 'invalid_token', 'The bearer token is invalid or has expired');
      }
    },

    async verifyLogoutToken(token) {
      const { issuer, jwks } = await realmKeys();
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          issuer,
          audience: settings.SCHULID_APP_CLIENT_ID,
          algorithms: ['RS256'],
          requiredClaims: ['iat', 'jti'],
          maxTokenAge: '5 minutes',
        }));
      } catch {
        throw AppError.badRequest('Invalid logout token');
      }
      const events = payload.events as Record<string, unknown> | undefined;
      const isLogoutEvent = typeof events === 'object' && events !== null && typeof events[LOGOUT_EVENT] === 'object';
      const sid = typeof payload.sid === 'string' ? payload.sid : undefined;
      const sub = typeof payload.sub === 'string' ? payload.sub : undefined;
      if (!isLogoutEvent || (!sid && !sub) || 'nonce' in payload) throw AppError.badRequest('Invalid logout token');
      return { sid, sub };
    },
  };
}
