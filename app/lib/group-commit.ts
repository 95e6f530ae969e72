// Group commit: calls that arrive while earlier ones are on their way to the database wait and go
// together, as one call of a "many" statement (one round trip, one transaction, one commit). A call
// that finds nothing waiting and a free slot goes at once, alone — no timer, so a quiet server
// answers as fast as before; under load the groups grow by themselves (bench/submit.ts).
// The group is all or nothing: when it fails for any reason but an unreachable database, its calls
// go again one by one (one after the other, not to flood the pool), so that one bad call fails
// alone. A group's result for one call may be an Error: that call alone fails. Calls waiting are
// bounded: past the bound a call is refused at once as "too many connections" (503, retried).
import { isDatabaseUnavailable } from './db-unavailable';

export class TooManyWaiting extends Error {
  readonly code = '53300';
  constructor() {
    super('Too many calls are waiting for the database');
  }
}

type Waiting<I, R> = { item: I; resolve: (result: R) => void; reject: (err: unknown) => void };

export class GroupCommit<I, R> {
  private readonly waiting: Waiting<I, R>[] = [];
  private inFlight = 0;

  constructor(
    // The group's results in the order of its items (an Error fails that item's call alone).
    private readonly sendMany: (items: I[]) => Promise<(R | Error)[]>,
    private readonly sendOne: (item: I) => Promise<R>,
    // Groups under way at once (the pool's other connections stay free for everything else), calls
    // per group at most, and calls waiting at most.
    private readonly limits = { inFlight: 2, groupSize: 100, waiting: 5_000 },
  ) {}

  call(item: I): Promise<R> {
    if (this.waiting.length >= this.limits.waiting) return Promise.reject(new TooManyWaiting());
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
    let results: (R | Error)[];
    try {
      results = await this.sendMany(group.map((w) => w.item));
    } catch (err) {
      if (isDatabaseUnavailable(err)) return group.forEach((w) => w.reject(err));
      for (const w of group) await this.sendAlone(w);
      return;
    }
    group.forEach((w, i) => {
      const result = results[i]!;
      if (result instanceof Error) w.reject(result);
      else w.resolve(result);
    });
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
