// CPU time of processes from /proc (user + system, in ms): benchmarks print it beside their
// throughput, so that where the time goes (the app, PostgreSQL, Keycloak) is a measured figure.
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

type ProcessCpu = { pid: number; name: string; processGroup: string; cpuMs: number };

// One process's line of /proc/PID/stat: its name (in parentheses), process group, CPU time.
function readProcess(pid: number): ProcessCpu | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      pid,
      name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      processGroup: fields[2]!,
      cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND,
    };
  } catch {
    return undefined; // the process ended meanwhile
  }
}

// Every process on the machine, as /proc lists it now.
export function processes(): ProcessCpu[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => readProcess(Number(entry)) ?? []);
}

export function cpuMsOf(pid: number): number {
  return readProcess(pid)?.cpuMs ?? 0;
}

// CPU time of every PostgreSQL server process on the machine (the benchmark's cluster is the busy
// one), by process id.
export function postgresCpuByProcess(): Map<number, number> {
  return new Map(processes().flatMap((p) => (p.name === 'postgres' ? [[p.pid, p.cpuMs] as const] : [])));
}

// PostgreSQL's CPU time since `before`: of the processes still there (one that ended meanwhile is
// not counted, so the figure is a lower bound, never below zero).
export function postgresCpuMsSince(before: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of postgresCpuByProcess()) total += ms - (before.get(pid) ?? 0);
  return total;
}
