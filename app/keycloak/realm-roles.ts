// Realm roles of Keycloak that are not platform roles: `mfa-required` makes the login flow ask
// for TOTP (teachers and admins hold it through their roles; pupils when their school wants 2FA).
export const MFA_ROLE = 'mfa-required';

// Keycloak's required action showing the terms of use (theme texts termsTitle/termsText); once
// accepted, Keycloak records the time in the user's attribute below.
export const TERMS_ACTION = 'TERMS_AND_CONDITIONS';
export const TERMS_ACCEPTED_ATTRIBUTE = 'terms_and_conditions';
