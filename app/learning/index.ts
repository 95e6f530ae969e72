export { attemptRoutes } from './attempts.routes';
export { OpenAttempts } from './open-attempts';
export { ATTEMPT_TTL_MS } from './attempts.service';
