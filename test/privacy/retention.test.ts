import { randomBytes } from 'node:crypto';
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
});
