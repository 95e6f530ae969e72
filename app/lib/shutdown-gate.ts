// Between SIGTERM and exit: requests already being served finish; a request that arrives later, on
// a connection kept alive from before (pipelined, or sent as the last answer went out), gets 503
// with Connection: close instead of reaching handlers whose database pools are about to close.
// After each answer the owner closes the connections that have gone idle, so none lingers for
// the keep-alive timeout.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

const REFUSAL = JSON.stringify({
  error: { code: 'shutting_down', message: 'The server is restarting. Please try again in a moment.' },
});

export class ShutdownGate {
  private isClosing = false;
  private readonly inFlight = new Set<ServerResponse>();
  private readonly waiting: (() => void)[] = [];
  private afterEachAnswer: () => void = () => {};

  get isShuttingDown(): boolean {
    return this.isClosing;
  }

  guard(listener: RequestListener): RequestListener {
    return (req: IncomingMessage, res: ServerResponse) => {
      if (this.isClosing) {
        res.once('close', () => setImmediate(this.afterEachAnswer));
        return refuse(res);
      }
      this.inFlight.add(res);
      res.once('close', () => this.settle(res));
      listener(req, res);
    };
  }

  // From now on nothing new is served. `afterEachAnswer` runs once an answer has gone out (when its
  // connection counts as idle, unless the client has sent another request on it).
  close(afterEachAnswer: () => void): void {
    this.isClosing = true;
    this.afterEachAnswer = afterEachAnswer;
  }

  // Resolves once every request served before close() has been answered (or its client is gone).
  drained(): Promise<void> {
    return this.inFlight.size === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }

  private settle(res: ServerResponse): void {
    this.inFlight.delete(res);
    if (this.isClosing) setImmediate(this.afterEachAnswer);
    if (this.inFlight.size === 0) this.waiting.splice(0).forEach((resolve) => resolve());
  }
}

function refuse(res: ServerResponse): void {
  res.writeHead(503, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(REFUSAL),
    'Cache-Control': 'no-store',
    'Retry-After': '1',
    Connection: 'close',
  });
  res.end(REFUSAL);
}
