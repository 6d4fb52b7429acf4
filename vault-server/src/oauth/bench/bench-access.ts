/**
 * `npm run bench:access`: scoped record reads per second with DPoP-bound access tokens (token and
 * proof verification, grant check, replay cache, decryption, audit), against the same reads with a
 * session cookie, against Community Solid Server 7 serving a public resource, and against a bare
 * Express hello world (the ceiling of this HTTP stack on this machine), in the same run.
 *
 * The vault runs in a child process; the load comes from wrk when installed, autocannon otherwise
 * (scripts/load/http-load.ts), one fresh DPoP proof per request, signed before each timed run so
 * that the client's signing does not take the vault's cores. Each server's own CPU time per
 * answered request is reported beside its rate: on a shared machine it moves far less.
 * Environment: BENCH_SECONDS (default 8), BENCH_CONNECTIONS (default 10), BENCH_ROUNDS (default 2,
 * alternating, best of each), BENCH_ENGINE (sqlite | postgres), BENCH_SKIP_CSS=1, BENCH_SKIP_EXPRESS=1,
 * BENCH_SKIP_SESSION=1, BENCH_LOAD=autocannon, BENCH_PROFILE=<dir> (a CPU profile of the vault),
 * BENCH_TSX=1 (the servers under tsx instead of compiled as production runs them). On
 * PostgreSQL the database's own CPU per request is reported beside the vault's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import * as oauth from 'oauth4webapi';
import { connect, startTestClient } from '../testing/test-client.ts';
import { serverCommand, type ServerCommand } from './server-command.ts';
import { es256VerifyMicros } from './es256-verify-cost.ts';
import { syncDpopSigner } from './sync-dpop.ts';
import { startCommunitySolidServer } from '../../../scripts/community-solid-server.ts';
import { httpLoad, loadGenerator, type LoadRequest } from '../../../scripts/load/http-load.ts';
import { cpuMsBetween, processesCpuMs } from '../../../scripts/machine-cpu.ts';
import { processCpuMs } from '../../../scripts/process-cpu-ms.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
/** Token reads only (for a profile of the token path alone). */
const SKIP_SESSION = process.env.BENCH_SKIP_SESSION === '1';
const POSTGRES = process.env.BENCH_ENGINE === 'postgres';
/** Proofs signed ahead of a token run, per second of it (they live 60 s): above any rate seen here. */
const PROOFS_PER_SECOND = 6_000;
const here = path.dirname(fileURLToPath(import.meta.url));

interface Measured {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** The server process's own CPU time per answered request (µs), when its pid is known. */
  cpuMicrosPerRequest?: number;
  /** PostgreSQL's CPU time per answered request (µs), on that engine. */
  postgresMicrosPerRequest?: number;
}

interface BenchServer {
  url: string;
  cookie: string;
  csrfToken: string;
  accountId: string;
  ids: string[];
}

/** One timed run of `requests` (round robin), with the server's CPU per answered request. */
async function run(
  url: string,
  requests: readonly LoadRequest[],
  seconds = SECONDS,
  serverPid?: number,
): Promise<Measured> {
  const cpuBefore = serverPid === undefined ? 0 : processCpuMs(serverPid);
  const postgresBefore =
    POSTGRES && serverPid !== undefined ? processesCpuMs('postgres') : undefined;
  const result = await httpLoad({ url, requests, connections: CONNECTIONS, seconds });
  const cpuMs = serverPid === undefined ? undefined : processCpuMs(serverPid) - cpuBefore;
  const postgresMs = postgresBefore && cpuMsBetween(postgresBefore, processesCpuMs('postgres'));
  return {
    requestsPerSecond: result.requestsPerSecond,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    errors: result.errors,
    non2xx: result.non2xx,
    ...(cpuMs !== undefined && result.requests > 0
      ? { cpuMicrosPerRequest: Math.round((cpuMs * 1000) / result.requests) }
      : {}),
    ...(postgresMs !== undefined && result.requests > 0
      ? { postgresMicrosPerRequest: Math.round((postgresMs * 1000) / result.requests) }
      : {}),
  };
}

async function startVault(
  command: ServerCommand,
): Promise<{ server: BenchServer; child: ChildProcess }> {
  // BENCH_PROFILE=<dir>: the vault writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const child = spawn(process.execPath, [...profile, ...command.args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: command.env,
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the vault exited with ${code}`)));
  });
  return { server: JSON.parse(first) as BenchServer, child };
}

/** Installs CSS 7 into a temporary folder and measures public GETs of one resource (as bench:vault does). */
async function measureCss(body: string): Promise<Measured & { version: string }> {
  const css = await startCommunitySolidServer(body);
  try {
    const { origin, pathname } = new URL(css.resourceUrl);
    const get: LoadRequest[] = [
      { method: 'GET', path: pathname, headers: { accept: 'application/json' } },
    ];
    await run(origin, get, 2);
    return { ...(await run(origin, get, SECONDS, css.pid)), version: css.version };
  } finally {
    await css.stop();
  }
}

/** A bare Express hello world in a child process, measured like the vault (best of the rounds). */
async function measureExpress(): Promise<Measured> {
  const command = await serverCommand(path.join(here, 'express-hello.ts'));
  const child = spawn(process.execPath, command.args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: command.env,
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      readline.createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`express exited with ${code}`)));
    });
    const hello: LoadRequest[] = [{ method: 'GET', path: '/', headers: {} }];
    await run(url, hello, 2);
    const runs: Measured[] = [];
    for (let round = 0; round < ROUNDS; round += 1)
      runs.push(await run(url, hello, SECONDS, child.pid));
    return best(runs);
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    command.cleanup();
  }
}

const best = (runs: Measured[]): Measured =>
  runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
const line = (label: string, m: Measured) =>
  console.log(
    `${label.padEnd(34)} ${String(m.requestsPerSecond).padStart(6)} req/s  ${String(m.cpuMicrosPerRequest ?? '?').padStart(5)} µs CPU/req${m.postgresMicrosPerRequest === undefined ? '' : ` (+ PostgreSQL ${m.postgresMicrosPerRequest} µs)`}  p50 ${m.p50Ms} ms  p99 ${m.p99Ms} ms  errors ${m.errors + m.non2xx}`,
  );

async function main(): Promise<void> {
  console.log(
    `access benchmark: ${SECONDS} s per run, ${CONNECTIONS} connections, loopback, ${os.cpus().length} cores, Node ${process.version}, ${process.env.BENCH_ENGINE ?? 'sqlite'}, load by ${loadGenerator()}, load average ${os.loadavg()[0]!.toFixed(1)}`,
  );
  const command = await serverCommand(path.join(here, 'bench-server.ts'));
  console.log(
    command.mode === 'compiled'
      ? 'the vault and Express run compiled, NODE_ENV=production (BENCH_TSX=1: under tsx)'
      : 'the vault and Express run under tsx',
  );
  const { server, child } = await startVault(command);
  let token: Measured;
  let session: Measured | undefined;
  let verifyMicros: number;
  try {
    const keyPair = await oauth.generateKeyPair('ES256', { extractable: true });
    const site = await startTestClient(server.url, { name: 'Benchmark', keyPair });
    const login = {
      pod: 'bench',
      accountId: server.accountId,
      cookie: server.cookie,
      csrfToken: server.csrfToken,
    };
    const { access_token: accessToken } = await connect(site, login, { scope: 'loans:read' });
    await site.close();
    const signer = await syncDpopSigner(keyPair);
    const paths = server.ids.map((id) => `/pods/bench/loans/${id}`);

    // A real client signs its proofs on its own machine. Here the load generator shares the vault's
    // cores, so each run's proofs (one per request, each used once) are signed before the clock
    // starts; a run that outpaced them would reuse proofs and count the refusals as errors.
    const withToken = (seconds: number): LoadRequest[] =>
      Array.from({ length: seconds * PROOFS_PER_SECOND }, (_, i) => {
        const target = paths[i % paths.length]!;
        return {
          method: 'GET',
          path: target,
          headers: {
            accept: 'application/ld+json',
            authorization: `DPoP ${accessToken}`,
            dpop: signer.proof('GET', `${server.url}${target}`, accessToken),
          },
        };
      });
    const withSession: LoadRequest[] = paths.map((target) => ({
      method: 'GET',
      path: target,
      headers: { cookie: server.cookie, accept: 'application/ld+json' },
    }));
    await run(server.url, withToken(2), 2);
    if (!SKIP_SESSION) await run(server.url, withSession, 2);
    // Alternating rounds, best of each: the machine may be busy with other work in between.
    const tokens: Measured[] = [];
    const sessions: Measured[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      tokens.push(await run(server.url, withToken(SECONDS), SECONDS, child.pid));
      line(`record GET, DPoP token (round ${round + 1})`, tokens.at(-1)!);
      if (SKIP_SESSION) continue;
      sessions.push(await run(server.url, withSession, SECONDS, child.pid));
      line(`record GET, session (round ${round + 1})`, sessions.at(-1)!);
    }
    token = best(tokens);
    session = sessions.length > 0 ? best(sessions) : undefined;
    // Between runs, with the vault idle: the CPU of the one signature check every token read needs.
    verifyMicros = es256VerifyMicros(signer, `${server.url}${paths[0]}`);
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    command.cleanup();
  }
  const css = process.env.BENCH_SKIP_CSS
    ? undefined
    : await measureCss(JSON.stringify({ title: 'Het verdriet van België', action: 'borrowed' }));
  if (css) line(`CSS ${css.version} public GET`, css);
  const bare = process.env.BENCH_SKIP_EXPRESS ? undefined : await measureExpress();
  if (bare) line('bare Express hello world', bare);
  // What no token read can go below on this machine: the bare server's CPU per request plus one
  // ES256 verification of the DPoP proof (the access token's own check is cached per token).
  const bareMicros = bare?.cpuMicrosPerRequest;
  const floor = bareMicros === undefined ? undefined : bareMicros + verifyMicros;
  console.log(
    `one ES256 verification: ${verifyMicros} µs CPU` +
      (bareMicros === undefined || floor === undefined
        ? ''
        : `; bare Express ${bareMicros} µs + that = ${floor} µs, the least a token read costs here: at most ${ratio(bareMicros, floor)}× Express's rate by CPU`),
  );
  console.log(
    JSON.stringify(
      {
        seconds: SECONDS,
        connections: CONNECTIONS,
        engine: process.env.BENCH_ENGINE ?? 'sqlite',
        loadGenerator: loadGenerator(),
        servers: command.mode,
        tokenReadsPerSecond: token.requestsPerSecond,
        tokenCpuMicrosPerRead: token.cpuMicrosPerRequest ?? null,
        tokenPostgresMicrosPerRead: token.postgresMicrosPerRequest ?? null,
        sessionReadsPerSecond: session?.requestsPerSecond ?? null,
        tokenOverSession: session
          ? ratio(token.requestsPerSecond, session.requestsPerSecond)
          : null,
        communitySolidServer: css
          ? {
              version: css.version,
              publicGetsPerSecond: css.requestsPerSecond,
              cpuMicrosPerGet: css.cpuMicrosPerRequest ?? null,
              tokenReadsOverCss: ratio(token.requestsPerSecond, css.requestsPerSecond),
            }
          : null,
        bareExpress: bare
          ? {
              helloWorldPerSecond: bare.requestsPerSecond,
              cpuMicrosPerRequest: bare.cpuMicrosPerRequest ?? null,
              tokenReadsOverExpress: ratio(token.requestsPerSecond, bare.requestsPerSecond),
              /** Express's CPU per request plus one ES256 verification: no token read costs less. */
              tokenFloorMicros: floor ?? null,
            }
          : null,
        es256VerifyMicros: verifyMicros,
        rounds: ROUNDS,
        errors: token.errors + token.non2xx + (session ? session.errors + session.non2xx : 0),
      },
      null,
      2,
    ),
  );
}

await main();
