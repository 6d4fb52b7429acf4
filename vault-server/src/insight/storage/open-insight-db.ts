import type { Migration } from '../../storage/migrations.ts';
import { migrate } from '../../storage/migrate.ts';
import type { StorageTarget } from '../../storage/open-storage.ts';
import { openPostgresDriver } from '../../storage/postgres-driver.ts';
import type { SqlDriver } from '../../storage/sql-driver.ts';
import { openSqliteDriver } from '../../storage/sqlite-driver.ts';

/** An aggregator's or the collector's own database, on the same engines as the vault. */
export async function openInsightDb(
  target: StorageTarget,
  migrations: readonly Migration[],
): Promise<SqlDriver> {
  const driver =
    target.engine === 'sqlite'
      ? openSqliteDriver(target.file)
      : await openPostgresDriver({ connectionString: target.url, schema: target.schema });
  try {
    await migrate(driver, migrations, 'insight_schema_migrations');
  } catch (error) {
    await driver.close();
    throw error;
  }
  return driver;
}
