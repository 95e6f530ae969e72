export { attemptRoutes } from './attempts.routes';
export { ATTEMPT_TTL_MS } from './attempts.service';
