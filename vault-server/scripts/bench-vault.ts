/**
 * `npm run bench:vault`: record writes/s and reads/s over HTTP with a valid session, on SQLite and on
 * PostgreSQL; the same with the identity cipher (encryption overhead); and Community Solid Server 7
 * (file backend, 127.0.0.1) serving a public resource, measured in the same run.
 *
 * Servers run in child processes; besides throughput the benchmark reads each server's CPU time
 * from /proc, so that CPU per request can be compared even on a machine that is busy with other work.
 *
 * Environment: BENCH_SECONDS (per run, default 8), BENCH_CONNECTIONS (default 10),
 * TEST_DATABASE_URL (PostgreSQL, default postgres://127.0.0.1:5432/test), BENCH_SKIP_CSS=1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { postgresEnabled } from '../src/storage/testing/test-engines.ts';
import { startCommunitySolidServer } from './community-solid-server.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARMUP_SECONDS = 2;
const READ_POOL = 200;
const here = path.dirname(fileURLToPath(import.meta.url));

const RECORD = JSON.stringify({
  // A month ago: the vault refuses a record already past its category's retention.
  time: new Date(Date.now() - 30 * 86_400_000).toISOString(),
  source: { type: 'person' },
  item: {
    id: 'book-4671',
    title: 'Het verdriet van België',
    kind: 'book',
    authors: ['Hugo Claus'],
    genres: ['literary-fiction'],
  },
  data: { action: 'borrowed', branch: 'Permeke' },
});

interface Measured {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Server CPU time (user + system) per request, in microseconds. */
  cpuMicrosPerRequest: number;
  failed: number;
}

/** utime + stime of a process in milliseconds (clock ticks are 10 ms on Linux). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function cannon(pid: number, options: autocannon.Options): Promise<Measured> {
  await autocannon({ connections: CONNECTIONS, ...options, duration: WARMUP_SECONDS });
  const before = cpuMs(pid);
  const result = await autocannon({ connections: CONNECTIONS, ...options, duration: SECONDS });
  const used = cpuMs(pid) - before;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuMicrosPerRequest:
      result.requests.total > 0 ? Math.round((used * 1000) / result.requests.total) : 0,
    failed: result.errors + result.non2xx,
  };
}

function startChild(args: string[], cwd?: string): ChildProcess {
  return spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function measureVault(
  label: string,
  engine: 'sqlite' | 'postgres',
  identity: boolean,
): Promise<{ write: Measured; read: Measured }> {
  const child = startChild([
    '--import',
    'tsx',
    path.join(here, 'bench-server.ts'),
    engine,
    ...(identity ? ['identity'] : []),
  ]);
  try {
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString()));
      child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    });
    const { url, cookie, csrf } = JSON.parse(line) as { url: string; cookie: string; csrf: string };
    const headers = {
      cookie,
      'x-csrf-token': csrf,
      'content-type': 'application/json',
      accept: 'application/ld+json',
    };
    const container = `${url}/pods/bench/loans/`;
    const write = await cannon(child.pid!, {
      url: container,
      method: 'POST',
      headers,
      body: RECORD,
    });
    const paths: string[] = [];
    for (let i = 0; i < READ_POOL; i += 1) {
      const response = await fetch(container, { method: 'POST', headers, body: RECORD });
      paths.push(new URL(response.headers.get('location')!).pathname);
    }
    let next = 0;
    const read = await cannon(child.pid!, {
      url,
      headers,
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }),
        },
      ],
    });
    console.log(
      `${label.padEnd(26)} write ${write.requestsPerSecond} req/s, ${write.cpuMicrosPerRequest} µs CPU/req   ` +
        `read ${read.requestsPerSecond} req/s, ${read.cpuMicrosPerRequest} µs CPU/req`,
    );
    return { write, read };
  } finally {
    await stopChild(child);
  }
}

/** Community Solid Server's public GET of the same record, measured the same way. */
async function measureCss(): Promise<Measured & { version: string }> {
  const css = await startCommunitySolidServer(RECORD);
  try {
    const measured = await cannon(css.pid, {
      url: css.resourceUrl,
      headers: { accept: 'application/json' },
    });
    console.log(
      `${`CSS ${css.version} public GET`.padEnd(26)} read ${measured.requestsPerSecond} req/s, ${measured.cpuMicrosPerRequest} µs CPU/req`,
    );
    return { ...measured, version: css.version };
  } finally {
    await css.stop();
  }
}

const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

async function main(): Promise<void> {
  const load = os.loadavg()[0]!.toFixed(1);
  console.log(
    `vault benchmark: ${SECONDS} s per run after ${WARMUP_SECONDS} s warm-up, ${CONNECTIONS} connections, loopback`,
  );
  console.log(`${os.cpus().length} cores, Node ${process.version}, load average ${load} at start`);
  const sqlite = await measureVault('SQLite + AES-256-GCM', 'sqlite', false);
  const identity = await measureVault('SQLite + identity cipher', 'sqlite', true);
  const postgres = (await postgresEnabled())
    ? await measureVault('PostgreSQL + AES-256-GCM', 'postgres', false)
    : undefined;
  if (!postgres) console.log('PostgreSQL not reachable: skipped');
  const css = process.env.BENCH_SKIP_CSS ? undefined : await measureCss();

  const summary = {
    seconds: SECONDS,
    connections: CONNECTIONS,
    loadAverageAtStart: Number(load),
    sqlite: {
      writesPerSecond: sqlite.write.requestsPerSecond,
      readsPerSecond: sqlite.read.requestsPerSecond,
      cpuMicros: { write: sqlite.write.cpuMicrosPerRequest, read: sqlite.read.cpuMicrosPerRequest },
    },
    postgres: postgres
      ? {
          writesPerSecond: postgres.write.requestsPerSecond,
          readsPerSecond: postgres.read.requestsPerSecond,
          cpuMicros: {
            write: postgres.write.cpuMicrosPerRequest,
            read: postgres.read.cpuMicrosPerRequest,
          },
        }
      : null,
    encryptionOverhead: {
      // Throughput with the identity cipher over throughput with AES-GCM: >1 is what encryption costs.
      writeThroughputRatio: ratio(identity.write.requestsPerSecond, sqlite.write.requestsPerSecond),
      readThroughputRatio: ratio(identity.read.requestsPerSecond, sqlite.read.requestsPerSecond),
      // Server CPU per request with AES-GCM over the identity cipher.
      writeCpuRatio: ratio(sqlite.write.cpuMicrosPerRequest, identity.write.cpuMicrosPerRequest),
      readCpuRatio: ratio(sqlite.read.cpuMicrosPerRequest, identity.read.cpuMicrosPerRequest),
    },
    communitySolidServer: css
      ? {
          version: css.version,
          publicGetsPerSecond: css.requestsPerSecond,
          cpuMicrosPerGet: css.cpuMicrosPerRequest,
          vaultReadOverCssThroughput: ratio(sqlite.read.requestsPerSecond, css.requestsPerSecond),
          vaultReadOverCssCpuEfficiency: ratio(
            css.cpuMicrosPerRequest,
            sqlite.read.cpuMicrosPerRequest,
          ),
          target: 20,
        }
      : null,
    failedRequests: [sqlite, identity, postgres, css ? { write: css, read: css } : undefined]
      .flatMap((r) => (r ? [r.write.failed, r.read.failed] : []))
      .reduce((a, b) => a + b, 0),
  };
  console.log(JSON.stringify(summary, null, 2));
}

await main();
