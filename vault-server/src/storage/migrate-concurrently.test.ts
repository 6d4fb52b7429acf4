import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { migrate } from './migrate.ts';
import type { Migration } from './migrations.ts';
import { openSqliteDriver } from './sqlite-driver.ts';

const table = (name: string): Migration[] => [
  { version: 1, name: `${name} table`, sql: () => `CREATE TABLE ${name} (id TEXT PRIMARY KEY);` },
];

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// npm start logged "the insight tables could not be migrated: cannot start a transaction within a
// transaction": the vault, OAuth, stream and insight modules migrate at once on one SQLite connection.
it('several modules migrating at once on one SQLite connection all succeed, with writes in between', async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verwonder-migrate-'));
  const driver = openSqliteDriver(path.join(dir, 'vault.sqlite'));
  try {
    const results = await Promise.all([
      migrate(driver, table('first_module'), 'schema_migrations'),
      migrate(driver, table('second_module'), 'oauth_schema_migrations'),
      migrate(driver, table('third_module'), 'insight_schema_migrations'),
      driver.transaction(async (tx) => {
        await tx.run('CREATE TABLE IF NOT EXISTS other_work (id TEXT)');
        await tx.run("INSERT INTO other_work (id) VALUES ('x')");
      }),
    ]);
    expect(results.slice(0, 3)).toEqual([[1], [1], [1]]);
    const tables = await driver.all(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%_module' ORDER BY name",
    );
    expect(tables.map((row) => row.name)).toEqual([
      'first_module',
      'second_module',
      'third_module',
    ]);
  } finally {
    await driver.close();
  }
});
