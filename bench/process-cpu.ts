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

// All PostgreSQL server processes on the machine (the benchmark's cluster is the busy one).
export function postgresCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') total += cpuMsOf(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}
