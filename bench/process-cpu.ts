// CPU time of processes from /proc (user + system, in ms): a benchmark prints it per request
// beside its throughput, so that where the time goes (the app, PostgreSQL) is a measured figure.
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

export function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

// CPU time of every PostgreSQL server process on the machine (the benchmark's cluster is the busy
// one), by process id.
export function postgresCpuByProcess(): Map<number, number> {
  const byProcess = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres')
        byProcess.set(Number(entry), cpuMsOf(Number(entry)));
    } catch {
      // the process ended meanwhile
    }
  }
  return byProcess;
}

// PostgreSQL's CPU time since `before`: of the processes still there (one that ended meanwhile is
// not counted, so the figure is a lower bound, never below zero).
export function postgresCpuMsSince(before: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of postgresCpuByProcess()) total += ms - (before.get(pid) ?? 0);
  return total;
}
