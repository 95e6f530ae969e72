export { countryRestrictionRoutes } from './country-restriction.routes';
export { internalRoutes } from './internal.routes';
export { decideCountry, type CountryRules, type Decision, type LoginContext } from './decision';
export { geoDataAgeDays, geoDataDate, lookupCountry } from './geo';
export { addressKind, truncateAddress } from './ip-address';
