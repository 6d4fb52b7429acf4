import type { Migration } from '../../storage/migrations.ts';
import type { SqlDriver } from '../../storage/sql-driver.ts';
import { OAUTH_MIGRATIONS } from './oauth-migrations.ts';

/** Applies the pending OAuth migrations, each in its own transaction; returns the versions applied. */
export async function migrateOAuth(
  driver: SqlDriver,
  migrations: readonly Migration[] = OAUTH_MIGRATIONS,
): Promise<number[]> {
  await driver.script(
    'CREATE TABLE IF NOT EXISTS oauth_schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const rows = await driver.all('SELECT version FROM oauth_schema_migrations');
  const applied = new Set(rows.map((row) => Number(row.version)));
  const done: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    const record = `INSERT INTO oauth_schema_migrations (version, name, applied_at) VALUES (${migration.version}, '${migration.name.replace(/'/g, "''")}', '${new Date().toISOString()}');`;
    try {
      await driver.script(`BEGIN;\n${migration.sql(driver.dialect)}\n${record}\nCOMMIT;`);
    } catch (error) {
      await driver.script('ROLLBACK').catch(() => undefined);
      throw error;
    }
    done.push(migration.version);
  }
  return done;
}
