// What this process knows about the attempts it served and that are still open: enough to grade a
// submit before touching the database, so that the submit is one transaction (close … RETURNING)
// instead of two (read, then close). Only a shortcut: a miss (another instance served the task, a
// restart, eviction) takes the read path, and the database's WHERE clause still decides whether
// the attempt is open, unexpired and the pupil's. Bounded: the oldest entries go first.
export type ServedAttempt = {
  pupilId: string;
  schoolId: string;
  templateId: string;
  templateVersion: number;
  seed: number;
  expiresAt: number;
};

export class ServedAttempts {
  private readonly entries = new Map<string, ServedAttempt>();

  constructor(private readonly maxEntries = 100_000) {}

  remember(attemptId: string, attempt: ServedAttempt): void {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(attemptId, attempt);
  }

  // The attempt if this pupil of this school opened it here and it has not expired.
  take(attemptId: string, pupilId: string, schoolId: string): ServedAttempt | undefined {
    const found = this.entries.get(attemptId);
    if (!found) return undefined;
    this.entries.delete(attemptId);
    return found.pupilId === pupilId && found.schoolId === schoolId && found.expiresAt > Date.now() ? found : undefined;
  }
}
