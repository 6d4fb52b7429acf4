import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { signUpDirectly } from '../../vault-server/src/testing/sign-up-directly.ts';
import { createKekFile } from '../../vault-server/src/crypto/master-key.ts';
import { openStorage } from '../../vault-server/src/storage/open-storage.ts';
import { withDefaultUser } from '../../vault-server/src/storage/postgres-driver.ts';
import { createTestTarget } from '../../vault-server/src/storage/testing/test-engines.ts';
import { freePort } from '../../vault-server/src/testing/free-port.ts';
import type { VaultStorage } from '../../vault-server/src/storage/vault-storage.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = path.join(ROOT, 'vault-server/src/main.ts');
const CLI = path.join(ROOT, 'vault-server/src/cli/main.ts');

/** One real vault process (`vault-server/src/main.ts`) on a free loopback port. */
export interface VaultProcess {
  url: string;
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far (pino JSON lines). */
  logs(): string;
  /** Resolves with the exit code (or the signal) once the process has ended. */
  exited: Promise<number | string | null>;
  /** Polls /healthz until it answers 200; rejects if the process exits or the limit passes. */
  healthy(limitMs?: number): Promise<void>;
  /** SIGTERM, then SIGKILL after `limitMs`; resolves with the exit code. */
  stop(limitMs?: number): Promise<number | string | null>;
}

export interface SignedIn {
  pod: string;
  cookie: string;
  csrf: string;
  headers(extra?: Record<string, string>): Record<string, string>;
}

/** Several vault processes sharing one fresh PostgreSQL schema and one master key file. */
export interface VaultCluster {
  schema: string;
  dataDir: string;
  masterKeyFile: string;
  /** Environment every process of this cluster gets. */
  env(extra?: Record<string, string>): NodeJS.ProcessEnv;
  /** Starts a process without waiting for it; `entry` replaces `--import tsx vault-server/src/main.ts`. */
  spawn(extra?: Record<string, string>, entry?: string[]): Promise<VaultProcess>;
  /** Starts `n` processes at once and waits until each is healthy. */
  start(n: number, extra?: Record<string, string>): Promise<VaultProcess[]>;
  /** Runs the vault CLI (`vault-server/src/cli/main.ts`) on the same database; resolves with its exit code and output. */
  cli(args: string[]): Promise<{ code: number | null; output: string }>;
  /** The schema opened from the test process (migrated), to seed data and look at it. */
  storage(): Promise<VaultStorage>;
  /** An account with a session, made directly in storage. */
  signUp(pod: string): Promise<SignedIn>;
  dispose(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startCluster(): Promise<VaultCluster> {
  const { target, cleanup } = await createTestTarget('postgres');
  if (target.engine !== 'postgres' || !target.schema) throw new Error('expected a schema');
  const schema = target.schema;
  const admin = new pg.Client({ connectionString: withDefaultUser(target.url) });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-multi-'));
  const masterKeyFile = path.join(dataDir, 'master.key');
  createKekFile(masterKeyFile);
  const processes: VaultProcess[] = [];
  let storage: VaultStorage | undefined;

  const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
    const { DATABASE_URL: _url, VAULT_PUBLIC_URL: _public, ...inherited } = process.env;
    return {
      ...inherited,
      NODE_ENV: 'production',
      DATABASE_URL: target.url,
      // libpq's PGOPTIONS: every connection of the child works in this run's schema.
      PGOPTIONS: `-c search_path=${schema}`,
      VAULT_HOST: '127.0.0.1',
      VAULT_DATA_DIR: dataDir,
      VAULT_MASTER_KEY_FILE: masterKeyFile,
      VAULT_PURGE_INTERVAL_MINUTES: '0',
      VAULT_AUTH_RATE_LIMIT: '100000',
      // The OAuth test clients serve their client documents on the loopback interface.
      VAULT_ALLOW_LOOPBACK_CLIENTS: 'true',
      LOG_LEVEL: 'info',
      ...extra,
    };
  };

  const openSchema = async (): Promise<VaultStorage> => (storage ??= await openStorage(target));

  const spawnOne = async (
    extra: Record<string, string> = {},
    entry: string[] = ['--import', 'tsx', MAIN],
  ): Promise<VaultProcess> => {
    const port = extra.VAULT_PORT ? Number(extra.VAULT_PORT) : await freePort();
    const child = spawn(process.execPath, entry, {
      cwd: ROOT,
      env: env({ VAULT_PORT: String(port), ...extra }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | string | null>((resolve) =>
      child.once('exit', (code, signal) => resolve(code ?? signal)),
    );
    let done = false;
    void exited.then(() => (done = true));
    const url = `http://127.0.0.1:${port}`;
    const vp: VaultProcess = {
      url,
      child,
      logs: () => output,
      exited,
      async healthy(limitMs = 60_000) {
        const until = Date.now() + limitMs;
        while (Date.now() < until) {
          if (done) throw new Error(`vault process exited before it was healthy:\n${output}`);
          const status = await fetch(`${url}/healthz`).then(
            (r) => r.status,
            () => 0,
          );
          if (status === 200) return;
          await sleep(100);
        }
        throw new Error(`vault process not healthy after ${limitMs} ms:\n${output}`);
      },
      async stop(limitMs = 20_000) {
        if (!done) child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
        const code = await exited;
        clearTimeout(timer);
        return code;
      },
    };
    processes.push(vp);
    return vp;
  };

  return {
    schema,
    dataDir,
    masterKeyFile,
    env,
    spawn: spawnOne,
    async start(n, extra) {
      const started = await Promise.all(Array.from({ length: n }, () => spawnOne(extra)));
      await Promise.all(started.map((p) => p.healthy()));
      return started;
    },
    cli(args) {
      const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
        cwd: ROOT,
        env: env(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
    },
    storage: openSchema,
    async signUp(pod) {
      const db = await openSchema();
      const { cookie, csrf } = await signUpDirectly(db, pod);
      return {
        pod,
        cookie,
        csrf,
        headers: (extra = {}) => ({
          cookie,
          'x-csrf-token': csrf,
          'content-type': 'application/json',
          ...extra,
        }),
      };
    },
    async dispose() {
      await Promise.all(processes.map((p) => p.stop(5_000)));
      await storage?.close();
      await cleanup();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A valid loan record, of a month ago by default: the vault refuses records already past their retention. */
export function loan(title: string, time = new Date(Date.now() - 30 * 86_400_000).toISOString()) {
  return {
    time,
    source: { type: 'person' },
    item: { id: `book-${title}`, title, kind: 'book' },
    data: { action: 'borrowed', branch: 'Permeke' },
  };
}

/** "One address" in front of the processes: a TCP proxy whose backend the test switches. */
export interface SwitchProxy {
  url: string;
  port: number;
  /** Sends new connections to `backendUrl` and cuts the open ones (clients reconnect there). */
  switchTo(backendUrl: string): void;
  close(): Promise<void>;
}

export async function startSwitchProxy(): Promise<SwitchProxy> {
  let backend: { host: string; port: number } | undefined;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!backend) return void client.destroy();
    const upstream = net.connect(backend.port, backend.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    switchTo(backendUrl) {
      const url = new URL(backendUrl);
      backend = { host: url.hostname, port: Number(url.port) };
      for (const socket of sockets) socket.destroy();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
