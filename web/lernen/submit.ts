// Submitting an answer on flaky school Wi-Fi: the answer is kept on the device until the server
// has it, and sent again (submits are idempotent: a repeat returns the first result) until it
// arrives. Only an answer the server refuses for good (4xx) stops the retries.
import { ApiError, request, type Answer } from '../shared/api';

export type Submitted = Answer<'POST /attempts/:id/submit'>;
type Pending = { attemptId: string; answer: string; activeMs: number };
// One per pupil: on a shared tablet the next pupil's session must neither send nor drop it.
const pendingKey = (userId: string) => `schulid.pending-submit.${userId}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function pendingSubmit(userId: string): Pending | null {
  try {
    return JSON.parse(localStorage.getItem(pendingKey(userId)) ?? 'null') as Pending | null;
  } catch {
    return null;
  }
}

export async function submitAnswer(
  userId: string,
  pending: Pending,
  onRetry: (isRetrying: boolean) => void,
): Promise<Submitted> {
  localStorage.setItem(pendingKey(userId), JSON.stringify(pending));
  for (let delay = 1000; ; delay = Math.min(delay * 2, 8000)) {
    try {
      const result = await request('POST /attempts/:id/submit', {
        params: { id: pending.attemptId },
        body: { answer: pending.answer, activeMs: pending.activeMs },
      });
      localStorage.removeItem(pendingKey(userId));
      onRetry(false);
      return result;
    } catch (err) {
      // 401: the session ended and the login is under way; the answer waits for the pupil's return.
      if (err instanceof ApiError && err.status === 401) throw err;
      const isFinal = err instanceof ApiError && err.status >= 400 && err.status < 500 && err.status !== 429;
      if (isFinal) {
        localStorage.removeItem(pendingKey(userId));
        throw err;
      }
      onRetry(true);
      await sleep(delay);
    }
  }
}
