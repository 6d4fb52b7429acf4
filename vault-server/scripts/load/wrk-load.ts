/**
 * Runs wrk (one thread) over a list of prepared requests: the requests go to a temporary file, one
 * per line, which a Lua script formats once at start and then hands out in order. The script's
 * `done` prints one JSON line with the counts and latencies.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadOptions, LoadResult } from './http-load.ts';

const SCRIPT = `
local planned = {}
local n = 0
local i = 0
init = function(args)
  local f = assert(io.open(args[1], "r"))
  for line in f:lines() do
    local fields = {}
    for field in (line .. "\\t"):gmatch("([^\\t]*)\\t") do fields[#fields + 1] = field end
    local headers = {}
    for h = 3, #fields - 1, 2 do headers[fields[h]] = fields[h + 1] end
    n = n + 1
    planned[n] = wrk.format(fields[1], fields[2], headers)
  end
  f:close()
end
request = function()
  i = i + 1
  if i > n then i = 1 end
  return planned[i]
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\\n{"requests":%d,"durationUs":%d,"errors":%d,"non2xx":%d,"p50Us":%d,"p99Us":%d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
`;

/** Tabs and line breaks would break the file's format; no header or path of ours has them. */
const field = (value: string): string => {
  if (/[\t\r\n]/.test(value)) throw new Error(`a request field holds a tab or line break`);
  return value;
};

export async function wrkLoad(options: LoadOptions): Promise<LoadResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-wrk-'));
  try {
    const script = path.join(dir, 'requests.lua');
    const list = path.join(dir, 'requests.tsv');
    fs.writeFileSync(script, SCRIPT);
    fs.writeFileSync(
      list,
      options.requests
        .map((r) => [r.method, r.path, ...Object.entries(r.headers).flat()].map(field).join('\t'))
        .join('\n'),
    );
    const args = [
      '-t1',
      `-c${options.connections}`,
      `-d${options.seconds}s`,
      '--timeout',
      '10s',
      '-s',
      script,
      options.url,
      '--',
      list,
    ];
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}: ${text}`)),
      );
    });
    const last = output.trim().split('\n').at(-1) ?? '';
    const summary = JSON.parse(last) as {
      requests: number;
      durationUs: number;
      errors: number;
      non2xx: number;
      p50Us: number;
      p99Us: number;
    };
    return {
      generator: 'wrk',
      requests: summary.requests,
      requestsPerSecond: Math.round(summary.requests / (summary.durationUs / 1e6)),
      p50Ms: Math.round(summary.p50Us / 100) / 10,
      p99Ms: Math.round(summary.p99Us / 100) / 10,
      errors: summary.errors,
      non2xx: summary.non2xx,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
