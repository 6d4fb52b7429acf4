import { MIGRATIONS, type Migration } from './migrations.ts';
import type { SqlDriver } from './sql-driver.ts';

/**
 * Applies the pending migrations in order; returns the versions applied. Processes starting together
 * take turns (an advisory lock on PostgreSQL, an IMMEDIATE transaction on SQLite), so each sees what
 * the one before applied instead of applying it a second time. A module with tables of its own (OAuth)
 * keeps its own history table, so the two version sequences never collide.
 */
export async function migrate(
  driver: SqlDriver,
  migrations: readonly Migration[] = MIGRATIONS,
  historyTable:
    | 'schema_migrations'
    | 'oauth_schema_migrations'
    | 'streams_schema_migrations'
    | 'insight_schema_migrations' = 'schema_migrations',
): Promise<number[]> {
  return driver.exclusive(`migrate:${historyTable}`, async () => {
    await driver.script(
      `CREATE TABLE IF NOT EXISTS ${historyTable} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
    );
    const rows = await driver.all(`SELECT version FROM ${historyTable}`);
    const applied = new Set(rows.map((row) => Number(row.version)));
    const done: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      const record = `INSERT INTO ${historyTable} (version, name, applied_at) VALUES (${migration.version}, '${migration.name.replace(/'/g, "''")}', '${new Date().toISOString()}');`;
      const body = `${migration.sql(driver.dialect)}\n${record}`;
      // SQLite is inside the exclusive transaction already; PostgreSQL gives each migration its own.
      if (driver.dialect === 'sqlite') await driver.script(body);
      else await driver.script(`BEGIN;\n${body}\nCOMMIT;`);
      done.push(migration.version);
    }
    return done;
  });
}
