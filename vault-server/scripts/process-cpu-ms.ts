import fs from 'node:fs';

/**
 * utime + stime of a process in milliseconds (clock ticks are 10 ms on Linux): a benchmark's server
 * cost per request, which a busy machine changes far less than its requests per second.
 */
export function processCpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
