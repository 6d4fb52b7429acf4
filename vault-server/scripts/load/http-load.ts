/**
 * The load generator of the HTTP benchmarks (bench:access, bench:scale). On a two-core machine the
 * load generator shares the cores with what it measures, so its own cost decides part of the result:
 * wrk (C, one thread) takes a fraction of the CPU autocannon (JavaScript) takes for the same
 * requests. wrk is used when installed (`apt-get install wrk`), autocannon otherwise;
 * BENCH_LOAD=autocannon forces autocannon. Both send the given requests in order, round robin, over
 * keep-alive connections, and the result says which one ran.
 */
import { spawnSync } from 'node:child_process';
import autocannon from 'autocannon';
import { wrkLoad } from './wrk-load.ts';

export interface LoadRequest {
  method: 'GET';
  path: string;
  headers: Record<string, string>;
}

export interface LoadOptions {
  /** Origin (and base) of the server, e.g. http://127.0.0.1:4800 */
  url: string;
  /** Sent in this order, from the first, wrapping around after the last. */
  requests: readonly LoadRequest[];
  connections: number;
  seconds: number;
}

export interface LoadResult {
  generator: 'wrk' | 'autocannon';
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Answers outside 2xx. */
  non2xx: number;
}

let wrkInstalled: boolean | undefined;

export function loadGenerator(): 'wrk' | 'autocannon' {
  if (process.env.BENCH_LOAD === 'autocannon') return 'autocannon';
  wrkInstalled ??= spawnSync('wrk', ['--version']).error === undefined;
  return wrkInstalled ? 'wrk' : 'autocannon';
}

export async function httpLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.requests.length === 0) throw new Error('no requests to send');
  if (loadGenerator() === 'wrk') return wrkLoad(options);
  let next = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const planned = options.requests[next++ % options.requests.length]!;
          return {
            ...request,
            method: planned.method,
            path: planned.path,
            headers: { ...request.headers, ...planned.headers },
          };
        },
      },
    ],
  });
  return {
    generator: 'autocannon',
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
