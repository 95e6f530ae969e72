export { apiSession } from './api-session';
export { PostgresSessionStore } from './postgres-session-store';
