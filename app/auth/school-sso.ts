// A school's own identity provider (e.g. a state school portal), brokered over OIDC and linked to
// the school's organization: its users log in without a second password, land in that school (the
// first-broker-login flow makes them members of the organization the IdP is linked to, and of no
// other) with the role the school's IdP states (claim `schulrolle`). Their usernames are prefixed
// with the IdP's alias, so two schools' "m.mueller" never meet. No names or e-mail addresses are
// requested from the school's IdP (scope openid only).
// Platform-admin work: it needs manage-identity-providers, which the app's own service account
// deliberately does not have.
import type { KeycloakAdmin } from '../keycloak';

export type SchoolIdp = { alias: string; issuer: string; clientId: string; clientSecret: string; displayName: string };

const ROLE_CLAIMS: Record<string, string> = { lehrkraft: 'teacher', schueler: 'pupil' };

export async function registerSchoolIdentityProvider(
  admin: KeycloakAdmin,
  organizationId: string,
  idp: SchoolIdp,
): Promise<void> {
  const exists = await admin.findIdentityProvider(idp.alias);
  if (!exists) {
    await admin.createIdentityProvider({
      alias: idp.alias,
      displayName: idp.displayName,
      providerId: 'oidc',
      enabled: true,
      trustEmail: false,
      storeToken: false,
      hideOnLogin: true,
      firstBrokerLoginFlowAlias: 'schulid first broker login',
      // After every login through the school's IdP: the same country check as a password login.
      postBrokerLoginFlowAlias: 'schulid post broker login',
      config: {
        issuer: idp.issuer,
        authorizationUrl: `${idp.issuer}/protocol/openid-connect/auth`,
        tokenUrl: `${idp.issuer}/protocol/openid-connect/token`,
        jwksUrl: `${idp.issuer}/protocol/openid-connect/certs`,
        logoutUrl: `${idp.issuer}/protocol/openid-connect/logout`,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        clientAuthMethod: 'client_secret_post',
        validateSignature: 'true',
        useJwksUrl: 'true',
        pkceEnabled: 'true',
        pkceMethod: 'S256',
        defaultScope: 'openid',
        disableUserInfo: 'true',
        syncMode: 'FORCE',
      },
    });
    const mappers = [
      {
        name: 'username with school prefix',
        identityProviderMapper: 'oidc-username-idp-mapper',
        config: { template: '${ALIAS}.${CLAIM.preferred_username}', syncMode: 'INHERIT' },
      },
      ...Object.entries(ROLE_CLAIMS).map(([claimValue, role]) => ({
        name: `${claimValue} is ${role}`,
        identityProviderMapper: 'oidc-role-idp-mapper',
        config: { claim: 'schulrolle', 'claim.value': claimValue, role, syncMode: 'FORCE' },
      })),
    ];
    for (const mapper of mappers) {
      await admin.addIdentityProviderMapper(idp.alias, {
        ...mapper,
        identityProviderAlias: idp.alias,
      });
    }
  }
  const linked = await admin.listOrganizationIdentityProviderAliases(organizationId);
  if (!linked.includes(idp.alias)) await admin.linkOrganizationIdentityProvider(organizationId, idp.alias);
}
