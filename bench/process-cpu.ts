import { readFileSync } from 'node:fs';

/**
 * CPU time a process has used (user + system, all its threads), from /proc/<pid>/stat, in ms;
 * null where there is no /proc (not Linux) or the process is gone. The bench reads it before and
 * after each measurement, for the server and for Neo4j, so each row says what a request cost each
 * of them, and the next gap is visible without a profiler.
 */
export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count from after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 (utime, stime), in clock ticks: USER_HZ, which is 100 on x86 and arm Linux
  // (the machines this project runs on; a few older architectures use 1024).
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null;
  return (utime + stime) * 10;
}

/** CPU ms per request between two readings; null when either reading is missing. */
export function cpuPerRequest(
  before: number | null,
  after: number | null,
  requests: number,
): number | null {
  if (before === null || after === null || requests === 0) return null;
  return Math.round(((after - before) / requests) * 100) / 100;
}
