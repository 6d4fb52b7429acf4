/**
 * `npm run bench:vault`: record writes/s and reads/s over HTTP with a valid session, on SQLite and on
 * PostgreSQL; the same with the identity cipher (encryption overhead); and Community Solid Server 7
 * (file backend, 127.0.0.1) serving a public resource, measured in the same run.
 *
 * Environment: BENCH_SECONDS (per run, default 8), BENCH_CONNECTIONS (default 10),
 * TEST_DATABASE_URL (PostgreSQL, default postgres://127.0.0.1:5432/test), BENCH_SKIP_CSS=1.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { IDENTITY_CIPHER_FOR_BENCHMARKS } from '../src/crypto/record-cipher.ts';
import { postgresEnabled } from '../src/storage/testing/test-engines.ts';
import { startTestServer, type TestClient, type TestServer } from '../src/testing/test-server.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const READ_POOL = 200;
const here = path.dirname(fileURLToPath(import.meta.url));

const RECORD = JSON.stringify({
  time: '2024-03-01T10:00:00Z',
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
  errors: number;
  non2xx: number;
}

async function cannon(options: autocannon.Options): Promise<Measured> {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

function headers(client: TestClient): Record<string, string> {
  return {
    cookie: client.cookie,
    'x-csrf-token': client.csrf,
    'content-type': 'application/json',
    accept: 'application/ld+json',
  };
}

async function measureVault(
  label: string,
  server: TestServer,
): Promise<{ write: Measured; read: Measured }> {
  const client = await server.signUp('bench');
  const container = `${server.url}/pods/bench/loans/`;
  const write = await cannon({
    url: container,
    method: 'POST',
    headers: headers(client),
    body: RECORD,
  });
  const paths: string[] = [];
  for (let i = 0; i < READ_POOL; i += 1) {
    const response = await client.fetch('/pods/bench/loans/', { method: 'POST', body: RECORD });
    paths.push(new URL(response.headers.get('location')!).pathname);
  }
  let next = 0;
  const read = await cannon({
    url: server.url,
    headers: headers(client),
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }),
      },
    ],
  });
  console.log(
    `${label.padEnd(24)} write ${write.requestsPerSecond} req/s (p99 ${write.p99Ms} ms)   read ${read.requestsPerSecond} req/s (p99 ${read.p99Ms} ms)`,
  );
  return { write, read };
}

async function withServer<T>(
  engine: 'sqlite' | 'postgres',
  identity: boolean,
  fn: (server: TestServer) => Promise<T>,
): Promise<T> {
  const server = await startTestServer(
    engine,
    { logLevel: 'silent' },
    identity ? IDENTITY_CIPHER_FOR_BENCHMARKS : undefined,
  );
  try {
    return await fn(server);
  } finally {
    await server.dispose();
  }
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Community Solid Server exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error('Community Solid Server did not start in time');
}

/** Installs CSS 7 into a temporary folder, serves a public resource from its file backend, and measures GETs. */
async function measureCss(): Promise<Measured & { version: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verwonder-css-'));
  let child: ChildProcess | undefined;
  try {
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'css-bench', private: true }),
    );
    console.log('installing @solid/community-server@7 into a temporary folder…');
    execFileSync(
      'flock',
      [
        '/tmp/npm.lock',
        'npm',
        'install',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        '@solid/community-server@7',
      ],
      { cwd: dir, stdio: 'inherit' },
    );
    const pkg = JSON.parse(
      fs.readFileSync(path.join(dir, 'node_modules/@solid/community-server/package.json'), 'utf8'),
    ) as { version: string };
    const port = 3000 + Math.floor(Math.random() * 2000);
    const base = `http://127.0.0.1:${port}/`;
    fs.mkdirSync(path.join(dir, 'data'));
    child = spawn(
      process.execPath,
      [
        '--import',
        pathToFileURL(path.join(here, 'force-loopback.mjs')).href,
        'node_modules/@solid/community-server/bin/server.js',
        '-c',
        '@css:config/file-root.json',
        '-f',
        'data',
        '-p',
        String(port),
        '-b',
        base,
        '-l',
        'warn',
      ],
      { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    await waitFor(base, child, 120_000);
    // The root container of file-root.json is public: write the resource through CSS itself.
    const put = await fetch(`${base}public/record.json`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: RECORD,
    });
    if (!put.ok) throw new Error(`could not create the public resource: ${put.status}`);
    const measured = await cannon({
      url: `${base}public/record.json`,
      headers: { accept: 'application/json' },
    });
    console.log(
      `${'CSS 7 public GET'.padEnd(24)} read ${measured.requestsPerSecond} req/s (p99 ${measured.p99Ms} ms)`,
    );
    return { ...measured, version: pkg.version };
  } finally {
    child?.kill('SIGTERM');
    if (child && child.exitCode === null)
      await new Promise((resolve) => child!.once('exit', resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

async function main(): Promise<void> {
  console.log(
    `vault benchmark: ${SECONDS} s per run, ${CONNECTIONS} connections, loopback, ${os.cpus().length} cores, Node ${process.version}`,
  );
  const sqlite = await withServer('sqlite', false, (server) =>
    measureVault('SQLite + AES-256-GCM', server),
  );
  const identity = await withServer('sqlite', true, (server) =>
    measureVault('SQLite + identity', server),
  );
  const postgres = (await postgresEnabled())
    ? await withServer('postgres', false, (server) =>
        measureVault('PostgreSQL + AES-256-GCM', server),
      )
    : undefined;
  if (!postgres) console.log('PostgreSQL not reachable: skipped');
  const css = process.env.BENCH_SKIP_CSS ? undefined : await measureCss();

  const summary = {
    seconds: SECONDS,
    connections: CONNECTIONS,
    sqlite: {
      writesPerSecond: sqlite.write.requestsPerSecond,
      readsPerSecond: sqlite.read.requestsPerSecond,
    },
    postgres: postgres
      ? {
          writesPerSecond: postgres.write.requestsPerSecond,
          readsPerSecond: postgres.read.requestsPerSecond,
        }
      : null,
    encryptionOverhead: {
      // >1 means the identity cipher is faster, i.e. what encryption costs.
      writeThroughputIdentityOverAes: ratio(
        identity.write.requestsPerSecond,
        sqlite.write.requestsPerSecond,
      ),
      readThroughputIdentityOverAes: ratio(
        identity.read.requestsPerSecond,
        sqlite.read.requestsPerSecond,
      ),
    },
    communitySolidServer: css
      ? {
          version: css.version,
          publicGetsPerSecond: css.requestsPerSecond,
          vaultReadOverCss: ratio(sqlite.read.requestsPerSecond, css.requestsPerSecond),
          target: 20,
        }
      : null,
    errors: [sqlite, identity, postgres]
      .flatMap((r) => (r ? [r.write.errors + r.write.non2xx, r.read.errors + r.read.non2xx] : []))
      .reduce((a, b) => a + b, 0),
  };
  console.log(JSON.stringify(summary, null, 2));
}

await main();
