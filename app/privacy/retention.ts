// Deleting on time: attempts after ATTEMPT_RETENTION_MONTHS (24) by whole months, login attempts
// after LOGIN_ATTEMPT_RETENTION_DAYS (30), system messages after
// USER_MESSAGE_RETENTION_DAYS (90), audit rows after AUDIT_RETENTION_DAYS (56), expired sessions
// at once. In batches of 1,000 rows, so a large backlog never holds long locks or a long transaction.
// Platform work, through the platform role.
import type { Pool } from 'pg';

export type RetentionPeriods = {
  loginAttemptDays: number;
  userMessageDays: number;
  auditDays: number;
  // Whole months of attempts kept besides the current one (ATTEMPT_RETENTION_MONTHS).
  attemptMonths?: number;
};
const BATCH = 1000;

async function deleteInBatches(pool: Pool, table: string, column: string, olderThanDays: number): Promise<number> {
  let total = 0;
  for (;;) {
    const result = await pool.query(
      `DELETE FROM ${table} WHERE ctid IN
         (SELECT ctid FROM ${table} WHERE ${column} < now() - make_interval(days => $1) LIMIT ${BATCH})`,
      [olderThanDays],
    );
    total += result.rowCount ?? 0;
    if ((result.rowCount ?? 0) < BATCH) return total;
  }
}

// Attempts are partitioned by month (docs/capacity-model.md): the coming months' partitions are
// made ahead, and every month older than ATTEMPT_RETENTION_MONTHS goes whole (DROP, no dead rows).
// The cutoff is a month start: the current month and the `attemptMonths` before it are kept.
async function rollAttemptMonths(pool: Pool, keepMonths: number): Promise<number> {
  await pool.query('SELECT attempts_ensure_months(3)');
  const { rows } = await pool.query<{ dropped: number }>(
    `SELECT attempts_drop_months_before(
       (date_trunc('month', now() AT TIME ZONE 'UTC') - make_interval(months => $1))::date) AS dropped`,
    [keepMonths],
  );
  return rows[0]!.dropped;
}

export async function purgeExpired(platformPool: Pool, periods: RetentionPeriods) {
  return {
    attemptMonthsDropped: await rollAttemptMonths(platformPool, periods.attemptMonths ?? 24),
    loginAttempts: await deleteInBatches(platformPool, 'login_attempts', 'occurred_at', periods.loginAttemptDays),
    userMessages: await deleteInBatches(platformPool, 'user_messages', 'created_at', periods.userMessageDays),
    auditEvents: await deleteInBatches(platformPool, 'audit_events', 'created_at', periods.auditDays),
    sessions: (await platformPool.query('DELETE FROM app_sessions WHERE expires_at <= now()')).rowCount ?? 0,
  };
}
