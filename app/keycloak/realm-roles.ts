// Realm roles of Keycloak that are not platform roles: `mfa-required` makes the login flow ask
// for TOTP (teachers and admins hold it through their roles; pupils when their school wants 2FA).
export const MFA_ROLE = 'mfa-required';
