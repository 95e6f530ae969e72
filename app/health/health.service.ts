// Liveness says the process runs; readiness says it can serve: the database answers and Keycloak's
// realm metadata can be fetched, each within a time limit, checked side by side.
export type Check = () => Promise<void>;
export type Readiness = { isReady: boolean; checks: Record<string, 'ok' | 'failed'> };

function withTimeout(check: Check, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
  });
  return Promise.race([check(), timeout]).finally(() => clearTimeout(timer));
}

export async function checkReadiness(checks: Record<string, Check>, timeoutMs: number): Promise<Readiness> {
  const names = Object.keys(checks);
  const results = await Promise.allSettled(names.map((name) => withTimeout(checks[name]!, timeoutMs)));
  const summary = Object.fromEntries(
    names.map((name, i) => [name, results[i]!.status === 'fulfilled' ? 'ok' : 'failed'] as const),
  );
  return { isReady: results.every((r) => r.status === 'fulfilled'), checks: summary };
}
