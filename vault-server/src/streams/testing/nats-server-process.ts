import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../testing/free-port.ts';

/**
 * Whether `nats-server` can be started here (tests that stop and restart their own NATS). Under CI
 * they always run, so a missing binary fails the suite instead of silently skipping (.ci/run
 * installs it).
 */
export function natsServerInstalled(): boolean {
  if (process.env.CI) return true;
  return spawnSync('nats-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** A nats-server with JetStream of one test, on a free port, that can be stopped and started again. */
export interface NatsServerProcess {
  url: string;
  port: number;
  /** Starts it (again, on the same port and storage folder) and waits until it takes connections. */
  start(): Promise<void>;
  /** Stops it and waits until it has exited. */
  stop(): Promise<void>;
  /** Stops it and removes its storage. */
  dispose(): Promise<void>;
}

export async function natsServerProcess(port?: number): Promise<NatsServerProcess> {
  const chosen = port ?? (await freePort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-nats-'));
  let child: ChildProcess | undefined;

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };

  return {
    url: `nats://127.0.0.1:${chosen}`,
    port: chosen,
    async start() {
      if (child) return;
      const started = spawn(
        'nats-server',
        ['-js', '-a', '127.0.0.1', '-p', String(chosen), '-sd', path.join(dir, 'js')],
        { stdio: 'ignore' },
      );
      child = started;
      const until = Date.now() + 10_000;
      while (!(await accepts(chosen))) {
        if (started.exitCode !== null) throw new Error(`nats-server exited (${started.exitCode})`);
        if (Date.now() > until) throw new Error(`nats-server not listening on ${chosen}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop,
    async dispose() {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
