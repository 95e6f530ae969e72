import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { purgeExpired } from '../../app/privacy';
import { inProcessApp } from '../support/suites';
import { createTestSchool } from '../support/factories';

describe('deleting on time', () => {
  const env = inProcessApp();

  it('when login attempts pass 30 days and system messages 90, then the retention job deletes them and keeps the rest', async () => {
    const { platform } = env.testApp.dbs;
    const school = await createTestSchool(platform);
    const userId = `u-${randomBytes(6).toString('hex')}`;
    const days = (n: number) => new Date(Date.now() - n * 86_400_000);
    const attempt = (occurredAt: Date) => ({
      schoolId: school.id,
      userId,
      occurredAt,
      country: 'DE',
      isAllowed: true,
      reason: 'x',
      ipTruncated: '1.2.3.0',
    });
    await platform.loginAttempt.createMany({ data: [attempt(days(31)), attempt(days(29))] });
    const message = (createdAt: Date) => ({
      schoolId: school.id,
      userId,
      kind: 'login_blocked',
      params: {},
      createdAt,
    });
    await platform.userMessage.createMany({ data: [message(days(91)), message(days(89))] });

    const { config } = env.testApp;
    const deleted = await purgeExpired(env.testApp.dbs.platformPool, {
      loginAttemptDays: config.LOGIN_ATTEMPT_RETENTION_DAYS,
      userMessageDays: config.USER_MESSAGE_RETENTION_DAYS,
      auditDays: config.AUDIT_RETENTION_DAYS,
    });
    expect(deleted.loginAttempts).toBeGreaterThanOrEqual(1);
    expect(deleted.userMessages).toBeGreaterThanOrEqual(1);
    const left = await platform.loginAttempt.findMany({ where: { userId }, select: { occurredAt: true } });
    expect(left).toHaveLength(1);
    expect(await platform.userMessage.count({ where: { userId } })).toBe(1);
  });

  it('when the operator configures shorter periods, then the job keeps to them', async () => {
    const { platform } = env.testApp.dbs;
    const school = await createTestSchool(platform);
    const userId = `u-${randomBytes(6).toString('hex')}`;
    const days = (n: number) => new Date(Date.now() - n * 86_400_000);
    await platform.loginAttempt.createMany({
      data: [8, 6].map((age) => ({
        schoolId: school.id,
        userId,
        occurredAt: days(age),
        country: 'DE',
        isAllowed: true,
        reason: 'x',
        ipTruncated: '203.0.113.0',
      })),
    });
    await purgeExpired(env.testApp.dbs.platformPool, { loginAttemptDays: 7, userMessageDays: 7, auditDays: 56 });
    expect(await platform.loginAttempt.count({ where: { userId } })).toBe(1);
  });

  it('when attempts are older than the retention months, then their whole month goes (its partition dropped) and younger ones stay', async () => {
    const { platform } = env.testApp.dbs;
    const school = await createTestSchool(platform);
    const pupilId = `p-${randomBytes(6).toString('hex')}`;
    // A month long past gets its own partition (as it would have had in service), as the owner.
    const migrator = new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
    await migrator.connect();
    try {
      await migrator.query("SELECT attempts_ensure_month('2023-05-01')");
    } finally {
      await migrator.end();
    }
    const attempt = (startedAt: Date) => ({
      schoolId: school.id,
      pupilId,
      templateId: 'as-add-2digit',
      templateVersion: 1,
      seed: 1,
      topic: 'add-subtract',
      difficulty: 1,
      startedAt,
      expiresAt: new Date(startedAt.getTime() + 1_800_000),
    });
    const monthsAgo = (n: number) => new Date(Date.now() - n * 31 * 86_400_000);
    const recent = monthsAgo(1);
    await platform.attempt.createMany({
      data: [attempt(new Date('2023-05-14T08:00:00Z')), attempt(monthsAgo(30)), attempt(recent)],
    });

    const done = await purgeExpired(env.testApp.dbs.platformPool, {
      loginAttemptDays: 30,
      userMessageDays: 90,
      auditDays: 56,
      attemptMonths: 24,
    });
    expect(done.attemptMonthsDropped).toBeGreaterThanOrEqual(1);
    const left = await platform.attempt.findMany({ where: { pupilId }, select: { startedAt: true } });
    expect(left.map((a) => a.startedAt.getTime())).toEqual([recent.getTime()]);
    const { rows } = await env.testApp.dbs.platformPool.query("SELECT to_regclass('attempts_2023_05') AS part");
    expect(rows[0].part).toBeNull();
    // The months to come are ready before the first attempt of the month arrives.
    const ahead = await env.testApp.dbs.platformPool.query(
      "SELECT to_regclass(format('attempts_%s', to_char(now() + interval '2 months', 'YYYY_MM'))) AS part",
    );
    expect(ahead.rows[0].part).not.toBeNull();
  });
});
