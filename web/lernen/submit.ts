// Submitting an answer on flaky school Wi-Fi: the answer is kept on the device until the server
// has it, and sent again (submits are idempotent: a repeat returns the first result) until it
// arrives. Only an answer the server refuses for good (4xx) stops the retries.
import { ApiError, request, type Answer } from '../shared/api';

export type Submitted = Answer<'POST /attempts/:id/submit'>;
type Pending = { attemptId: string; answer: string; activeMs: number };
const PENDING_KEY = 'schulid.pending-submit';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function pendingSubmit(): Pending | null {
  try {
    return JSON.parse(localStorage.getItem(PENDING_KEY) ?? 'null') as Pending | null;
  } catch {
    return null;
  }
}

export async function submitAnswer(pending: Pending, onRetry: (isRetrying: boolean) => void): Promise<Submitted> {
  localStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  for (let delay = 1000; ; delay = Math.min(delay * 2, 8000)) {
    try {
      const result = await request('POST /attempts/:id/submit', {
        params: { id: pending.attemptId },
        body: { answer: pending.answer, activeMs: pending.activeMs },
      });
      localStorage.removeItem(PENDING_KEY);
      onRetry(false);
      return result;
    } catch (err) {
      const isFinal = err instanceof ApiError && err.status >= 400 && err.status < 500 && err.status !== 429;
      if (isFinal) {
        localStorage.removeItem(PENDING_KEY);
        throw err;
      }
      onRetry(true);
      await sleep(delay);
    }
  }
}
