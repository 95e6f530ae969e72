// Group commit: calls that arrive while earlier ones are on their way to the database wait and go
// together, as one call of a "many" statement (one round trip, one transaction, one commit). A call
// that finds nothing waiting and a free slot goes at once, alone — no timer, so a quiet server
// answers as fast as before; under load the groups grow by themselves (bench/submit.ts).
// The group is all or nothing: when it fails for any reason but an unreachable database, its calls
// go again one by one, so that one bad call fails alone.
import { isDatabaseUnavailable } from './db-unavailable';

type Waiting<I, R> = { item: I; resolve: (result: R) => void; reject: (err: unknown) => void };

export class GroupCommit<I, R> {
  private readonly waiting: Waiting<I, R>[] = [];
  private inFlight = 0;

  constructor(
    // The group's results in the order of its items.
    private readonly sendMany: (items: I[]) => Promise<R[]>,
    private readonly sendOne: (item: I) => Promise<R>,
    // Groups under way at once (the pool's other connections stay free for everything else), and
    // calls per group at most.
    private readonly limits = { inFlight: 2, groupSize: 100 },
  ) {}

  call(item: I): Promise<R> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.sendWhatWaits();
    });
  }

  private sendWhatWaits(): void {
    while (this.inFlight < this.limits.inFlight && this.waiting.length > 0) {
      const group = this.waiting.splice(0, this.limits.groupSize);
      this.inFlight++;
      void this.send(group).finally(() => {
        this.inFlight--;
        this.sendWhatWaits();
      });
    }
  }

  private async send(group: Waiting<I, R>[]): Promise<void> {
    if (group.length === 1) return this.sendAlone(group[0]!);
    let results: R[];
    try {
      results = await this.sendMany(group.map((w) => w.item));
    } catch (err) {
      if (isDatabaseUnavailable(err)) return group.forEach((w) => w.reject(err));
      await Promise.all(group.map((w) => this.sendAlone(w)));
      return;
    }
    group.forEach((w, i) => w.resolve(results[i]!));
  }

  private async sendAlone(w: Waiting<I, R>): Promise<void> {
    await this.sendOne(w.item).then(w.resolve, w.reject);
  }
}

// One group commit per pool (or other key), made on first use.
export function perKey<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let value = made.get(key);
    if (!value) made.set(key, (value = make(key)));
    return value;
  };
}
