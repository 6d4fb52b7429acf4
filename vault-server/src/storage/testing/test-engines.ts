import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { withDefaultUser } from '../postgres-driver.ts';
import { openStorage, type StorageTarget } from '../open-storage.ts';
import type { VaultStorage } from '../vault-storage.ts';

/**
 * The PostgreSQL the tests use. Under vitest the globalSetup (test/support/postgres-global-setup.ts)
 * sets it: the server at TEST_DATABASE_URL if one answers, else an embedded one it started.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://127.0.0.1:5432/test';

export const TEST_ENGINES = ['sqlite', 'postgres'] as const;
export type TestEngineName = (typeof TEST_ENGINES)[number];

/**
 * Whether the PostgreSQL variants run. Under CI they always run, so an unreachable server fails the
 * suite instead of skipping half of it; elsewhere they are skipped (and reported so, see
 * describe-each-engine.ts) when no server answers.
 */
export async function postgresEnabled(): Promise<boolean> {
  if (process.env.CI) return true;
  if (process.env.TEST_POSTGRES_UNAVAILABLE) return false;
  const client = new pg.Client({
    connectionString: withDefaultUser(TEST_DATABASE_URL),
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface TestEngine {
  target: StorageTarget;
  storage: VaultStorage;
  /** Closes the storage and removes the SQLite folder or drops the PostgreSQL schema. */
  dispose(): Promise<void>;
}

export async function createTestTarget(
  engine: TestEngineName,
): Promise<{ target: StorageTarget; cleanup: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-test-'));
    return {
      target: { engine, file: path.join(dir, 'vault.sqlite') },
      cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  await dropStaleSchemas();
  // The creation time is in the name, so a run that was killed before its cleanup is swept later.
  const schema = `vw_test_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
  return {
    target: { engine, url: TEST_DATABASE_URL, schema },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: withDefaultUser(TEST_DATABASE_URL) });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

export async function openTestEngine(engine: TestEngineName): Promise<TestEngine> {
  const { target, cleanup } = await createTestTarget(engine);
  const storage = await openStorage(target);
  return {
    target,
    storage,
    async dispose() {
      await storage.close();
      await cleanup();
    },
  };
}

const STALE_AFTER_SECONDS = 3600;

/** Drops test schemas older than an hour: what runs killed mid-way (timeouts, Ctrl-C) left behind. */
async function dropStaleSchemas(): Promise<void> {
  const client = new pg.Client({ connectionString: withDefaultUser(TEST_DATABASE_URL) });
  await client.connect();
  try {
    const { rows } = await client.query<{ nspname: string }>(
      "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'vw\\_test\\_%'",
    );
    const cutoff = Date.now() / 1000 - STALE_AFTER_SECONDS;
    for (const { nspname } of rows) {
      const created = Number(/^vw_test_(\d+)_[0-9a-f]+$/.exec(nspname)?.[1]);
      if (created > 0 && created < cutoff)
        await client.query(`DROP SCHEMA IF EXISTS ${nspname} CASCADE`);
    }
  } finally {
    await client.end();
  }
}
