export { listAuditEvents, recordAudit } from './audit.repo';
export type { AuditEntry } from './audit.repo';
