export { internalRoutes } from './internal.routes';
export { decideCountry, type CountryRules, type Decision, type LoginContext } from './decision';
export { geoDataAgeDays, geoDataDate, lookupCountry } from './geo';
export { addressKind, truncateAddress } from './ip-address';
export {
  readMyCountries,
  readSchoolRules,
  schoolAttempts,
  setAddressPolicy,
  setMyCountries,
  setRoleCountries,
} from './country-restriction.service';
export type { CurrentSession, SessionEnders } from './session-ending';
export { countryName } from './countries';
export { COUNTRY_RESTRICTION_PUPIL_DATA } from './pupil-data.repo';
export { COUNTRY_RESTRICTION_USER_DATA } from './user-data.repo';
