/**
 * `npm run bench:access`: scoped record reads per second with DPoP-bound access tokens (token and
 * proof verification, grant check, replay cache, decryption, audit), against the same reads with a
 * session cookie, against Community Solid Server 7 serving a public resource, and against a bare
 * Express hello world (the ceiling of this HTTP stack on this machine), in the same run.
 *
 * The vault runs in a child process, the load generator here (one fresh DPoP proof per request,
 * signed before each timed run so that the client's signing does not take the vault's cores).
 * Environment: BENCH_SECONDS (default 8), BENCH_CONNECTIONS (default 10), BENCH_ROUNDS (default 2,
 * alternating, best of each), BENCH_ENGINE (sqlite | postgres), BENCH_SKIP_CSS=1, BENCH_SKIP_EXPRESS=1,
 * BENCH_PROFILE=<dir> (a CPU profile of the vault).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import * as oauth from 'oauth4webapi';
import { connect, startTestClient } from '../testing/test-client.ts';
import { syncDpopSigner } from './sync-dpop.ts';
import { startCommunitySolidServer } from '../../../scripts/community-solid-server.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
/** Proofs signed ahead of a token run: enough for 4,000 requests a second; they live 60 s. */
const PRESIGNED = Math.min(SECONDS, 50) * 4_000;
const here = path.dirname(fileURLToPath(import.meta.url));

interface Measured {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

interface BenchServer {
  url: string;
  cookie: string;
  csrfToken: string;
  accountId: string;
  ids: string[];
}

async function cannon(options: autocannon.Options, seconds = SECONDS): Promise<Measured> {
  const result = await autocannon({ connections: CONNECTIONS, duration: seconds, ...options });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function startVault(): Promise<{ server: BenchServer; child: ChildProcess }> {
  // BENCH_PROFILE=<dir>: the vault writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const child = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', path.join(here, 'bench-server.ts')],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
    },
  );
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
    const target = { url: css.resourceUrl, headers: { accept: 'application/json' } };
    await cannon(target, 2);
    return { ...(await cannon(target)), version: css.version };
  } finally {
    await css.stop();
  }
}

/** A bare Express hello world in a child process, measured like the vault (best of the rounds). */
async function measureExpress(): Promise<Measured> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'express-hello.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      readline.createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`express exited with ${code}`)));
    });
    await cannon({ url }, 2);
    const runs: Measured[] = [];
    for (let round = 0; round < ROUNDS; round += 1) runs.push(await cannon({ url }));
    return best(runs);
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  }
}

const best = (runs: Measured[]): Measured =>
  runs.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
const line = (label: string, m: Measured) =>
  console.log(
    `${label.padEnd(34)} ${String(m.requestsPerSecond).padStart(6)} req/s  p50 ${m.p50Ms} ms  p99 ${m.p99Ms} ms  errors ${m.errors + m.non2xx}`,
  );

async function main(): Promise<void> {
  console.log(
    `access benchmark: ${SECONDS} s per run, ${CONNECTIONS} connections, loopback, ${os.cpus().length} cores, Node ${process.version}, ${process.env.BENCH_ENGINE ?? 'sqlite'}`,
  );
  const { server, child } = await startVault();
  let token: Measured;
  let session: Measured;
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

    let next = 0;
    // A real client signs its proofs on its own machine. Here the load generator shares the vault's
    // cores, so each run's proofs (one per request, each used once) are signed before the clock
    // starts; should a run outpace them, the rest are signed live.
    let proofs: { path: string; proof: string }[] = [];
    const presign = (count: number) => {
      proofs = Array.from({ length: count }, (_, i) => {
        const target = paths[i % paths.length]!;
        return { path: target, proof: signer.proof('GET', `${server.url}${target}`, accessToken) };
      });
      next = 0;
    };
    const withToken = (): autocannon.Options => ({
      url: server.url,
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => {
            const ready = proofs[next];
            const target = ready?.path ?? paths[next % paths.length]!;
            next += 1;
            const headers = {
              ...request.headers,
              accept: 'application/ld+json',
              authorization: `DPoP ${accessToken}`,
              dpop: ready?.proof ?? signer.proof('GET', `${server.url}${target}`, accessToken),
            };
            return { ...request, path: target, headers };
          },
        },
      ],
    });
    const withSession = (): autocannon.Options => ({
      url: server.url,
      headers: { cookie: server.cookie, accept: 'application/ld+json' },
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }),
        },
      ],
    });
    presign(PRESIGNED);
    await cannon(withToken(), 2);
    await cannon(withSession(), 2);
    // Alternating rounds, best of each: the machine may be busy with other work in between.
    const tokens: Measured[] = [];
    const sessions: Measured[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      presign(PRESIGNED);
      tokens.push(await cannon(withToken()));
      line(`record GET, DPoP token (round ${round + 1})`, tokens.at(-1)!);
      sessions.push(await cannon(withSession()));
      line(`record GET, session (round ${round + 1})`, sessions.at(-1)!);
    }
    token = best(tokens);
    session = best(sessions);
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  }
  const css = process.env.BENCH_SKIP_CSS
    ? undefined
    : await measureCss(JSON.stringify({ title: 'Het verdriet van België', action: 'borrowed' }));
  if (css) line(`CSS ${css.version} public GET`, css);
  const bare = process.env.BENCH_SKIP_EXPRESS ? undefined : await measureExpress();
  if (bare) line('bare Express hello world', bare);
  console.log(
    JSON.stringify(
      {
        seconds: SECONDS,
        connections: CONNECTIONS,
        engine: process.env.BENCH_ENGINE ?? 'sqlite',
        tokenReadsPerSecond: token.requestsPerSecond,
        sessionReadsPerSecond: session.requestsPerSecond,
        tokenOverSession: ratio(token.requestsPerSecond, session.requestsPerSecond),
        communitySolidServer: css
          ? {
              version: css.version,
              publicGetsPerSecond: css.requestsPerSecond,
              tokenReadsOverCss: ratio(token.requestsPerSecond, css.requestsPerSecond),
            }
          : null,
        bareExpress: bare
          ? {
              helloWorldPerSecond: bare.requestsPerSecond,
              tokenReadsOverExpress: ratio(token.requestsPerSecond, bare.requestsPerSecond),
            }
          : null,
        rounds: ROUNDS,
        errors: token.errors + token.non2xx + session.errors + session.non2xx,
      },
      null,
      2,
    ),
  );
}

await main();
