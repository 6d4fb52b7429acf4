import fs from 'node:fs';
import { parseProcStat } from './process-cpu-ms.ts';

/** Jiffies since boot over all cores from /proc/stat: busy (everything but idle and iowait) and total. */
export interface MachineCpu {
  busy: number;
  total: number;
}

export function machineCpu(): MachineCpu {
  const fields = fs
    .readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]!
    .trim()
    .split(/\s+/)
    .slice(1, 9)
    .map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  return { busy: total - fields[3]! - fields[4]!, total };
}

/** The share of all cores that was busy between two readings (0..1). */
export const busyShare = (before: MachineCpu, after: MachineCpu): number =>
  after.total > before.total ? (after.busy - before.busy) / (after.total - before.total) : 0;

/** utime + stime (ms) of each process named `name` (e.g. PostgreSQL's backends), by pid. */
export function processesCpuMs(name: string): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = parseProcStat(fs.readFileSync(`/proc/${entry}/stat`, 'utf8'));
      if (stat.name === name) byPid.set(Number(entry), stat.cpuMs);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return byPid;
}

/**
 * CPU (ms) the processes used between two readings; one started in between counts whole, one that
 * ended in between is missed (backends that close are idle ones).
 */
export function cpuMsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, used] of after) ms += Math.max(0, used - (before.get(pid) ?? 0));
  return ms;
}
