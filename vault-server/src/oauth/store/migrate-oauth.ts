import type { Migration } from '../../storage/migrations.ts';
import { migrate } from '../../storage/migrate.ts';
import type { SqlDriver } from '../../storage/sql-driver.ts';
import { OAUTH_MIGRATIONS } from './oauth-migrations.ts';

/** Applies the pending OAuth migrations (own history table), each in its own transaction. */
export function migrateOAuth(
  driver: SqlDriver,
  migrations: readonly Migration[] = OAUTH_MIGRATIONS,
): Promise<number[]> {
  return migrate(driver, migrations, 'oauth_schema_migrations');
}
