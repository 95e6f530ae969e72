export { purgeExpired } from './retention';
