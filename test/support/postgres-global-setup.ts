/**
 * Vitest globalSetup for the groups with PostgreSQL variants: finds the PostgreSQL they run on, once
 * per run, and hands its URL to the test workers in TEST_DATABASE_URL.
 *   1. TEST_DATABASE_URL (default postgres://127.0.0.1:5432/test) if a server answers there;
 *   2. otherwise a throwaway embedded PostgreSQL (./embedded-postgres.ts), stopped after the run
 *      (TEST_EMBEDDED_POSTGRES=off turns this step off);
 *   3. if that cannot start either: under CI the run fails; elsewhere the PostgreSQL variants are
 *      reported as skipped (TEST_POSTGRES_UNAVAILABLE says why).
 * To try the fallback: TEST_DATABASE_URL=postgres://127.0.0.1:1/test npm run test:db
 */
import pg from 'pg';

import { withDefaultUser } from '../../vault-server/src/storage/postgres-driver.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';

const DEFAULT_URL = 'postgres://127.0.0.1:5432/test';

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const wanted = process.env['TEST_DATABASE_URL'] ?? DEFAULT_URL;
  if (await answers(wanted)) {
    process.env['TEST_DATABASE_URL'] = wanted;
    return undefined;
  }
  try {
    if (process.env['TEST_EMBEDDED_POSTGRES'] === 'off')
      throw new Error('TEST_EMBEDDED_POSTGRES=off: no embedded PostgreSQL was started');
    const embedded = await startEmbeddedPostgres();
    process.env['TEST_DATABASE_URL'] = embedded.url;
    console.log(
      `PostgreSQL: nothing answers at ${redact(wanted)}; using an embedded one at ${redact(embedded.url)}`,
    );
    return () => embedded.stop();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const reason = `nothing answers at ${redact(wanted)}; ${why}`;
    if (process.env['CI']) throw new Error(`PostgreSQL tests cannot run: ${reason}`);
    console.warn(`PostgreSQL: ${reason}\nThe PostgreSQL variants are skipped.`);
    process.env['TEST_POSTGRES_UNAVAILABLE'] = reason;
    return undefined;
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: withDefaultUser(url),
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
