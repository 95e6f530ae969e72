import { randomBytes } from 'node:crypto';
import { purgeExpired } from '../../app/privacy/retention';
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

    const deleted = await purgeExpired(env.testApp.dbs.platformPool);
    expect(deleted.loginAttempts).toBeGreaterThanOrEqual(1);
    expect(deleted.userMessages).toBeGreaterThanOrEqual(1);
    const left = await platform.loginAttempt.findMany({ where: { userId }, select: { occurredAt: true } });
    expect(left).toHaveLength(1);
    expect(await platform.userMessage.count({ where: { userId } })).toBe(1);
  });
});
