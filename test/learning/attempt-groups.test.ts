// Group commit of opens and submits (app/learning/attempt-groups.repo.ts, app/lib/group-commit.ts),
// against the real PostgreSQL with the app's own role: opens sent together each open one attempt
// in their own school; closes sent together still close each attempt once, with its own outcome,
// only in its own school, and one bad close fails alone.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { closeAttempt, insertAttempt } from '../../app/learning/attempt-groups.repo';
import { closeDatabases, createDatabases } from '../../app/lib/db';
import { testConfig } from '../support/env';
import { createTestSchool } from '../support/factories';

// The app role's pool, counting the group calls it is sent (a real pool: only counted, not changed).
class CountingPool extends pg.Pool {
  groupCalls = 0;
  groupOpens = 0;
  override query(...args: unknown[]): never {
    const first = args[0] as { name?: string };
    if (first?.name === 'attempt_close_many') this.groupCalls++;
    if (first?.name === 'attempt_open_many') this.groupOpens++;
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

describe('closing attempts in batches', () => {
  const dbs = createDatabases(testConfig());
  const pool = new CountingPool({ connectionString: process.env.DATABASE_URL, max: 4 });
  afterAll(async () => {
    await pool.end();
    await closeDatabases(dbs);
  });

  const open = (schoolId: string, pupilId: string, through: pg.Pool = dbs.appPool) =>
    insertAttempt(through, {
      schoolId,
      pupilId,
      templateId: 'as-add-2digit',
      templateVersion: 2,
      seed: 7,
      topic: 'add-subtract',
      difficulty: 1,
      assignmentId: null,
      ttlMs: 30 * 60_000,
    });
  const stored = (id: string) => dbs.platform.attempt.findUniqueOrThrow({ where: { id } });
  const outcome = (result: 'correct' | 'wrong', answer: string) => ({
    result,
    normalizedAnswer: answer,
    activeMs: 900,
  });

  it('when 50 pupils of two schools open tasks at the same moment, then each gets an attempt of their own in their own school, in fewer round trips than opens', async () => {
    const schools = await Promise.all([createTestSchool(dbs.platform), createTestSchool(dbs.platform)]);
    const pupils = Array.from({ length: 50 }, (_, i) => ({ schoolId: schools[i % 2]!.id, pupilId: randomUUID() }));
    const opensBefore = pool.groupOpens;

    const opened = await Promise.all(pupils.map((p) => open(p.schoolId, p.pupilId, pool)));

    expect(pool.groupOpens - opensBefore).toBeGreaterThan(0);
    expect(new Set(opened.map((o) => o.id)).size).toBe(50);
    const rows = await dbs.platform.attempt.findMany({ where: { id: { in: opened.map((o) => o.id) } } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const [i, o] of opened.entries()) {
      expect(byId.get(o.id)).toEqual(
        expect.objectContaining({ schoolId: pupils[i]!.schoolId, pupilId: pupils[i]!.pupilId }),
      );
      expect(o.expiresAt.getTime() - o.startedAt.getTime()).toBe(30 * 60_000);
      expect(byId.get(o.id)!.startedAt.getTime()).toBe(o.startedAt.getTime());
    }
  });

  it('when 60 pupils of two schools submit at the same moment, then every attempt is closed once with its own result, in fewer round trips than closes', async () => {
    const schools = await Promise.all([createTestSchool(dbs.platform), createTestSchool(dbs.platform)]);
    const attempts = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        const schoolId = schools[i % 2]!.id;
        const pupilId = randomUUID();
        return { schoolId, pupilId, attemptId: (await open(schoolId, pupilId)).id, answer: String(i) };
      }),
    );
    const callsBefore = pool.groupCalls;
    const closed = await Promise.all(
      attempts.map((a, i) => closeAttempt(pool, a, outcome(i % 3 === 0 ? 'wrong' : 'correct', a.answer))),
    );

    expect(closed.every((c) => c !== null)).toBe(true);
    expect(closed.map((c) => c!.normalizedAnswer)).toEqual(attempts.map((a) => a.answer));
    expect(pool.groupCalls - callsBefore).toBeGreaterThan(0);
    for (const [i, a] of attempts.entries()) {
      const row = await stored(a.attemptId);
      expect(row.submittedAt).not.toBeNull();
      expect(row.result).toBe(i % 3 === 0 ? 'wrong' : 'correct');
      expect(row.normalizedAnswer).toBe(a.answer);
      expect(row.activeMs).toBeLessThanOrEqual(row.durationMs!);
    }
  });

  it('when pupils submit without active time, alone or in a group, then none is stored', async () => {
    const school = await createTestSchool(dbs.platform);
    const attempts = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const pupilId = randomUUID();
        return { schoolId: school.id, pupilId, attemptId: (await open(school.id, pupilId)).id };
      }),
    );

    const closed = await Promise.all(
      attempts.map((a) => closeAttempt(pool, a, { result: 'correct', normalizedAnswer: '5', activeMs: null })),
    );

    expect(closed.map((c) => c?.activeMs)).toEqual(attempts.map(() => null));
    for (const a of attempts) expect((await stored(a.attemptId)).activeMs).toBeNull();
  });

  it('when the same attempt is submitted twice in one batch, then it is closed once and the second close finds it closed', async () => {
    const school = await createTestSchool(dbs.platform);
    const pupilId = randomUUID();
    const others = await Promise.all(Array.from({ length: 5 }, () => open(school.id, randomUUID())));
    const { id } = await open(school.id, pupilId);
    const key = { schoolId: school.id, pupilId, attemptId: id };

    // The first closes take the free slots; the two submits wait together for the next batch.
    const fillers = others.map((o) =>
      closeAttempt(pool, { schoolId: school.id, pupilId: 'someone-else', attemptId: o.id }, outcome('correct', '1')),
    );
    const [first, second] = await Promise.all([
      closeAttempt(pool, key, outcome('correct', '42')),
      closeAttempt(pool, key, outcome('wrong', '41')),
    ]);
    await Promise.all(fillers);

    expect([first, second].filter((c) => c !== null)).toHaveLength(1);
    expect((await stored(id)).result).toBe((first ?? second)!.result);
  });

  it('when one pupil closes two tasks of one topic with the same result in one group, then the live overview hears of both', async () => {
    const school = await createTestSchool(dbs.platform);
    const pupilId = randomUUID();
    const fillers = await Promise.all(Array.from({ length: 2 }, () => open(school.id, randomUUID())));
    const [first, second] = await Promise.all([open(school.id, pupilId), open(school.id, pupilId)]);
    const listener = new pg.Client({ connectionString: process.env.PLATFORM_DATABASE_URL });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', ({ payload }) => {
      const event = JSON.parse(payload!);
      if (event.pupilId === pupilId) heard.push(event.attemptId);
    });
    await listener.query('LISTEN attempt_closed');
    try {
      // The fillers take the free slots; the pupil's two closes wait together for the next group.
      const waiting = fillers.map((f) =>
        closeAttempt(pool, { schoolId: school.id, pupilId: 'someone-else', attemptId: f.id }, outcome('correct', '1')),
      );
      const closed = await Promise.all([
        closeAttempt(pool, { schoolId: school.id, pupilId, attemptId: first!.id }, outcome('correct', '7')),
        closeAttempt(pool, { schoolId: school.id, pupilId, attemptId: second!.id }, outcome('correct', '7')),
      ]);
      await Promise.all(waiting);
      expect(closed.every((c) => c?.result === 'correct')).toBe(true);
      for (let waited = 0; waited < 50 && heard.length < 2; waited++) await new Promise((r) => setTimeout(r, 100));
      expect(heard.sort()).toEqual([first!.id, second!.id].sort());
    } finally {
      await listener.end();
    }
  });

  it("when a batch holds a close of another school's attempt, then that attempt stays open and the other closes go through", async () => {
    const [own, other] = await Promise.all([createTestSchool(dbs.platform), createTestSchool(dbs.platform)]);
    const victimPupil = randomUUID();
    const victim = await open(other.id, victimPupil);
    const mine = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const pupilId = randomUUID();
        return { schoolId: own.id, pupilId, attemptId: (await open(own.id, pupilId)).id };
      }),
    );

    const results = await Promise.all([
      // Claimed for the wrong school with the right pupil: row-level security hides the row.
      closeAttempt(pool, { schoolId: own.id, pupilId: victimPupil, attemptId: victim.id }, outcome('correct', '1')),
      ...mine.map((m) => closeAttempt(pool, m, outcome('correct', '2'))),
    ]);

    expect(results[0]).toBeNull();
    expect((await stored(victim.id)).submittedAt).toBeNull();
    expect(results.slice(1).every((r) => r?.result === 'correct')).toBe(true);
  });

  it('when one close in a batch cannot be stored, then it alone fails and the others are closed', async () => {
    const school = await createTestSchool(dbs.platform);
    const attempts = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const pupilId = randomUUID();
        return { schoolId: school.id, pupilId, attemptId: (await open(school.id, pupilId)).id };
      }),
    );

    const settled = await Promise.allSettled(
      // An answer longer than its column holds: the database refuses that close.
      attempts.map((a, i) => closeAttempt(pool, a, outcome('wrong', i === 4 ? 'x'.repeat(200) : String(i)))),
    );

    expect(settled.map((s) => s.status)).toEqual(attempts.map((_, i) => (i === 4 ? 'rejected' : 'fulfilled')));
    expect((await stored(attempts[4]!.attemptId)).submittedAt).toBeNull();
    for (const a of attempts.filter((_, i) => i !== 4)) expect((await stored(a.attemptId)).result).toBe('wrong');
  });
});
