export { apiSession } from './api-session';
export { PostgresSessionStore } from './postgres-session-store';
export { SESSIONS_PUPIL_DATA } from './pupil-data.repo';
export { SESSIONS_USER_DATA } from './user-data.repo';
export { lockOut, type LockOutDeps } from './lock-out';
