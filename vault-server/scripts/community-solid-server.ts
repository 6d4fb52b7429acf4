/**
 * Community Solid Server 7 as the benchmarks' baseline: installed into a temporary folder at bench
 * time (never a dependency of ours), file backend, bound to 127.0.0.1, serving one public resource.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface RunningCommunitySolidServer {
  version: string;
  pid: number;
  /** The public resource holding `body`. */
  resourceUrl: string;
  stop(): Promise<void>;
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

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export async function startCommunitySolidServer(
  body: string,
): Promise<RunningCommunitySolidServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verwonder-css-'));
  let child: ChildProcess | undefined;
  const cleanUp = async () => {
    if (child) await stopChild(child);
    fs.rmSync(dir, { recursive: true, force: true });
  };
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
    const { version } = JSON.parse(
      fs.readFileSync(path.join(dir, 'node_modules/@solid/community-server/package.json'), 'utf8'),
    ) as { version: string };
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    const base = `http://127.0.0.1:${port}/`;
    fs.mkdirSync(path.join(dir, 'data'));
    // CSS 7 has no option for the address it listens on; the preload binds it to loopback.
    const loopback = pathToFileURL(path.join(here, 'force-loopback.mjs')).href;
    const server = 'node_modules/@solid/community-server/bin/server.js';
    const args = ['--import', loopback, server, '-c', '@css:config/file-root.json', '-f', 'data'];
    child = spawn(process.execPath, [...args, '-p', String(port), '-b', base, '-l', 'warn'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitFor(base, child, 120_000);
    // The root container of file-root.json is public: the resource is written through CSS itself.
    const resourceUrl = `${base}public/record.json`;
    const put = await fetch(resourceUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (!put.ok) throw new Error(`could not create the public resource: ${put.status}`);
    return { version, pid: child.pid!, resourceUrl, stop: cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
