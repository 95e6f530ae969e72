// Closed attempts as they happen, for the teachers' live class overview. Closing an attempt
// NOTIFYs `attempt_closed` in the same transaction (delivered at commit, to every app instance);
// each instance LISTENs on one connection and hands the events to its subscribers — the overview
// streams of the classes whose pupils they concern. Nothing is stored: when the LISTEN connection
// drops, every stream is ended, so the browsers reconnect and reload the overview (nothing missed).
import pg from 'pg';
import type { Logger } from '../lib/logger';

export const ATTEMPT_CHANNEL = 'attempt_closed';

export type ClosedAttempt = { schoolId: string; classIds: string[]; pupilId: string; topic: string; result: string };
type Listener = { send: (event: ClosedAttempt) => void; end: () => void };
type Subscriber = Listener & { schoolId: string; classId: string };

export class AttemptFeed {
  private readonly subscribers = new Set<Subscriber>();
  private client?: pg.Client;
  private isClosed = false;

  constructor(
    private readonly connectionString: string,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, keepAlive: true });
    client.on('notification', ({ payload }) => this.deliver(payload));
    client.on('error', () => {});
    client.on('end', () => {
      if (this.isClosed) return;
      this.endStreams();
      setTimeout(() => void this.start().catch(() => {}), 1000).unref();
    });
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${ATTEMPT_CHANNEL}`);
    } catch (err) {
      this.logger.warn({ err }, 'live attempt feed not listening; retrying');
      await client.end().catch(() => {});
    }
  }

  // `end` is called when the feed closes (the process shuts down): streams end instead of holding
  // the shutdown up.
  // The class's stream: every attempt a pupil who is in that class (now, at the submit) closes.
  subscribe(schoolId: string, classId: string, listener: Listener): () => void {
    const subscriber = { schoolId, classId, ...listener };
    this.subscribers.add(subscriber);
    return () => void this.subscribers.delete(subscriber);
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  // Ends every stream (the browsers reconnect): at shutdown, and when events may have been missed.
  endStreams(): void {
    for (const subscriber of this.subscribers) subscriber.end();
    this.subscribers.clear();
  }

  async close(): Promise<void> {
    this.isClosed = true;
    this.endStreams();
    await this.client?.end().catch(() => {});
  }

  private deliver(payload: string | undefined): void {
    let event: ClosedAttempt;
    try {
      event = JSON.parse(payload ?? '') as ClosedAttempt;
    } catch {
      return;
    }
    for (const subscriber of this.subscribers)
      if (subscriber.schoolId === event.schoolId && event.classIds.includes(subscriber.classId)) subscriber.send(event);
  }
}
