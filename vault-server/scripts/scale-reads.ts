/**
 * The read half of `npm run bench:scale`: record GETs over HTTP against one, then two real vault
 * processes on the same PostgreSQL schema, with the vaults' CPU time read from /proc. The vaults run
 * compiled under NODE_ENV=production, as `npm start` runs them in production (SCALE_TSX=1: under tsx).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverCommand, type ServerCommand } from '../src/oauth/bench/server-command.ts';
import { httpLoad, type LoadRequest } from './load/http-load.ts';
import { busyShare, cpuMsBetween, machineCpu, processesCpuMs } from './machine-cpu.ts';
import { processCpuMs } from './process-cpu-ms.ts';

const SECONDS = Number(process.env.SCALE_READ_SECONDS ?? 6);
const CONNECTIONS = Number(process.env.SCALE_CONNECTIONS ?? 16);
const WARMUP_SECONDS = 2;
/** SCALE_PROFILE=<dir>: each vault process writes a V8 CPU profile there when it stops. */
const PROFILE = process.env.SCALE_PROFILE
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SCALE_PROFILE}`]
  : [];
const here = path.dirname(fileURLToPath(import.meta.url));

export interface ReadTarget {
  path: string;
  cookie: string;
}

export interface ReadMeasure {
  requestsPerSecond: number;
  cpuMicrosPerRequest: number;
  failed: number;
  /** Share of all the machine's cores busy during the run (vaults, PostgreSQL, load generator, rest). */
  machineBusy: number;
  /** Cores PostgreSQL's processes used during the run. */
  postgresCores: number;
}

async function startVaultProcess(
  command: ServerCommand,
  args: string[],
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [...PROFILE, ...command.args, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: command.env,
  });
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`vault process exited with ${code}`)));
  });
  const { url } = JSON.parse(line) as { url: string };
  return { child, url };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function cannon(url: string, targets: readonly ReadTarget[], seconds: number) {
  const requests: LoadRequest[] = targets.map((target) => ({
    method: 'GET',
    path: target.path,
    headers: { cookie: target.cookie, accept: 'application/json' },
  }));
  return httpLoad({ url, requests, connections: CONNECTIONS, seconds });
}

/** Runs the same GET load against each vault at once; sums their throughput. */
async function load(
  vaults: { child: ChildProcess; url: string }[],
  targets: readonly ReadTarget[],
): Promise<ReadMeasure> {
  await Promise.all(vaults.map((v) => cannon(v.url, targets, WARMUP_SECONDS)));
  const before = vaults.map((v) => processCpuMs(v.child.pid!));
  const machineBefore = machineCpu();
  const postgresBefore = processesCpuMs('postgres');
  const started = performance.now();
  const results = await Promise.all(vaults.map((v) => cannon(v.url, targets, SECONDS)));
  const elapsedMs = performance.now() - started;
  const postgresMs = cpuMsBetween(postgresBefore, processesCpuMs('postgres'));
  const machineBusy = busyShare(machineBefore, machineCpu());
  const used = vaults.reduce((sum, v, i) => sum + processCpuMs(v.child.pid!) - before[i]!, 0);
  const total = results.reduce((sum, r) => sum + r.requests, 0);
  for (const r of results)
    if (r.errors + r.non2xx > 0)
      console.error(`reads not answered 200: ${r.errors} errors, ${r.non2xx} not 2xx`);
  return {
    requestsPerSecond: results.reduce((sum, r) => sum + r.requestsPerSecond, 0),
    cpuMicrosPerRequest: total > 0 ? Math.round((used * 1000) / total) : 0,
    failed: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
    machineBusy,
    postgresCores: postgresMs / elapsedMs,
  };
}

export async function measureReads(
  vaultArgs: string[],
  targets: readonly ReadTarget[],
): Promise<{ one: ReadMeasure; two: ReadMeasure; servers: ServerCommand['mode'] }> {
  const command = await serverCommand(
    path.join(here, 'scale-vault-server.ts'),
    process.env.SCALE_TSX === '1',
  );
  const vaults = [
    await startVaultProcess(command, vaultArgs),
    await startVaultProcess(command, vaultArgs),
  ];
  try {
    const one = await load(vaults.slice(0, 1), targets);
    const two = await load(vaults, targets);
    return { one, two, servers: command.mode };
  } finally {
    await Promise.all(vaults.map((v) => stop(v.child)));
    command.cleanup();
  }
}
