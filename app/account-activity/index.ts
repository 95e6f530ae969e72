export { accountKindOf } from './account-kind';
export {
  findInactiveAccounts,
  recordAccountsCreated,
  recordLogin,
  recordRestored,
  type AccountKind,
  type InactiveAccount,
} from './activity.repo';
export { ACCOUNT_ACTIVITY_PUPIL_DATA } from './pupil-data.repo';
export { ACCOUNT_ACTIVITY_USER_DATA } from './user-data.repo';
