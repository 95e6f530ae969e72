export { listAuditEvents, recordAudit } from './audit.repo';
export type { AuditEntry } from './audit.repo';
export { schoolAuditLog } from './audit.service';
