import fs from 'node:fs';

/**
 * The command name and utime + stime in milliseconds (clock ticks are 10 ms on Linux) of one
 * `/proc/<pid>/stat` text. The name is in parentheses and may itself hold ") ": the fields follow
 * the last one.
 */
export function parseProcStat(stat: string): { name: string; cpuMs: number } {
  const close = stat.lastIndexOf(')');
  const fields = stat.slice(close + 2).split(' ');
  return {
    name: stat.slice(stat.indexOf('(') + 1, close),
    cpuMs: (Number(fields[11]) + Number(fields[12])) * 10,
  };
}

/**
 * utime + stime of a process in milliseconds: a benchmark's server cost per request, which a busy
 * machine changes far less than its requests per second.
 */
export function processCpuMs(pid: number): number {
  return parseProcStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')).cpuMs;
}
