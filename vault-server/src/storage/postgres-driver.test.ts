import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresDriver, withDefaultUser } from './postgres-driver.ts';
import type { SqlDriver } from './sql-driver.ts';
import { createTestTarget, postgresEnabled } from './testing/test-engines.ts';

const enabled = await postgresEnabled();

/** Per-request lookups are prepared once per connection; a schema change must not break them. */
describe.runIf(enabled)('the PostgreSQL driver', () => {
  let driver: SqlDriver;
  let schema: string;
  let url: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const made = await createTestTarget('postgres');
    if (made.target.engine !== 'postgres') throw new Error('expected a PostgreSQL target');
    ({ cleanup } = made);
    schema = made.target.schema!;
    url = made.target.url;
    // One connection: the statement prepared first is the one used afterwards.
    driver = await openPostgresDriver({ connectionString: url, schema, max: 1 });
    await driver.script('CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    await driver.run('INSERT INTO things (id, name) VALUES (?, ?)', [1, 'boek']);
  });
  afterAll(async () => {
    await driver?.close();
    await cleanup?.();
  });

  const preparedCount = async () =>
    Number((await driver.all('SELECT count(*) AS n FROM pg_prepared_statements'))[0]!.n);

  it('prepares a lookup once and reuses it', async () => {
    const before = await preparedCount();
    for (let i = 0; i < 3; i += 1)
      expect(await driver.all('SELECT * FROM things WHERE id = ?', [1])).toEqual([
        { id: 1, name: 'boek' },
      ]);
    // The lookup, and the count itself.
    expect((await preparedCount()) - before).toBeLessThanOrEqual(2);
  });

  it('leaves statements inside a transaction unprepared, where a stale plan would abort it', async () => {
    const before = await preparedCount();
    await driver.transaction((tx) =>
      tx.all('SELECT name FROM things WHERE id = ? AND name <> ?', [1, 'x']),
    );
    expect(await preparedCount()).toBe(before);
  });

  it('answers a prepared SELECT * after another process added a column (stale plan)', async () => {
    expect(await driver.all('SELECT * FROM things WHERE id = ?', [1])).toHaveLength(1);
    const other = new pg.Client({
      connectionString: withDefaultUser(url),
      options: `-c search_path=${schema}`,
    });
    await other.connect();
    try {
      await other.query("ALTER TABLE things ADD COLUMN kind TEXT NOT NULL DEFAULT 'loan'");
    } finally {
      await other.end();
    }
    expect(await driver.all('SELECT * FROM things WHERE id = ?', [1])).toEqual([
      { id: 1, name: 'boek', kind: 'loan' },
    ]);
  });
});
