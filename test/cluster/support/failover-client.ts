// A tiny stand-in for the proxy in front of the app instances and the pupil's page behind it.
// Requests go round-robin; one that cannot connect is sent to the next instance and the failed one
// is left out for FAIL_TIMEOUT_MS (nginx's proxy_next_upstream error, max_fails=1, fail_timeout=10s,
// its defaults, which deploy/proxy keeps). A POST that dies mid-request (nginx answers it 502 and
// does not pass a non-idempotent request on) or is answered 502/503 is sent again, unchanged, by the
// page: a submit is idempotent, a repeat returns the first result. The request carries the proxy's
// Host and Origin, so an instance cannot tell it from one that came through nginx.
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export type Reply = { status: number; body: any };
export type FailoverCounts = { requests: number; retries: number; statuses: Record<number, number> };

const RETRIED_STATUSES = new Set([502, 503]);
const MAX_TRIES = 8; // a page's patience, unless told otherwise
const FAIL_TIMEOUT_MS = 10_000;

export class FailoverClient {
  readonly counts: FailoverCounts = { requests: 0, retries: 0, statuses: {} };
  private next = 0;
  private readonly downUntil = new Map<string, number>();
  private readonly agent = new http.Agent({ keepAlive: true });

  constructor(
    private readonly instances: string[],
    private readonly publicUrl: string,
    private readonly maxTries = MAX_TRIES,
  ) {}

  // POST `${publicUrl}/api${path}` as the browser holding `cookie` would send it.
  async post(path: string, body: unknown, cookie: string): Promise<Reply> {
    for (let tries = 0; ; tries++) {
      const instance = this.pick();
      const reply = await this.send(instance, path, body, cookie).catch(() => undefined);
      if (!reply) this.downUntil.set(instance, Date.now() + FAIL_TIMEOUT_MS);
      if (reply) this.counts.statuses[reply.status] = (this.counts.statuses[reply.status] ?? 0) + 1;
      if (reply && !RETRIED_STATUSES.has(reply.status)) return reply;
      if (tries + 1 >= this.maxTries) return reply ?? { status: 0, body: null };
      this.counts.retries++;
      // Every instance tried once: wait a moment, as a browser honouring Retry-After would.
      if ((tries + 1) % this.instances.length === 0) await sleep(250);
    }
  }

  // The next instance in turn that is not left out (all being left out, the next in turn).
  private pick(): string {
    for (let i = 0; i < this.instances.length; i++) {
      const instance = this.instances[this.next++ % this.instances.length]!;
      if ((this.downUntil.get(instance) ?? 0) <= Date.now()) return instance;
    }
    return this.instances[this.next++ % this.instances.length]!;
  }

  private send(instance: string, path: string, body: unknown, cookie: string): Promise<Reply> {
    this.counts.requests++;
    const publicUrl = new URL(this.publicUrl);
    const payload = JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const request = http.request(
        `${instance}/api${path}`,
        {
          method: 'POST',
          agent: this.agent,
          timeout: 15_000,
          headers: {
            host: publicUrl.host,
            origin: publicUrl.origin,
            cookie,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const isJson = /json/.test(response.headers['content-type'] ?? '');
            resolve({ status: response.statusCode!, body: isJson && text ? JSON.parse(text) : text });
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error('timed out')));
      request.on('error', reject);
      request.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
