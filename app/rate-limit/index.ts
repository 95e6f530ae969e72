export { createLimiters } from './limiters';
