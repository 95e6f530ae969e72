// Who is asking: the Keycloak user id (a pseudonymous UUID), the platform roles and the school,
// taken from the tokens at login (or from a bearer token). No names, no e-mail addresses.
import type { Role } from './roles';

export type Identity = {
  userId: string;
  roles: Role[];
  schoolId: string | null;
  via: 'session' | 'bearer';
  // Keycloak's session behind the request (the token's `sid`), when known.
  keycloakSid?: string;
};

export type SessionIdentity = {
  userId: string;
  roles: Role[];
  schoolId: string | null;
  keycloakSid?: string;
  loggedInAt: number;
};

export type SessionTokens = { idToken: string; refreshToken?: string; accessTokenExpiresAt: number };

export type LoginTransaction = {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  startedAt: number;
};

declare module 'express-session' {
  interface SessionData {
    login?: LoginTransaction;
    identity?: SessionIdentity;
    tokens?: SessionTokens;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      identity?: Identity;
    }
  }
}
