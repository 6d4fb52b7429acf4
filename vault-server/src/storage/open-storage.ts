import { migrateStreams } from '../streams/streams-migrations.ts';
import { migrate } from './migrate.ts';
import { openPostgresDriver } from './postgres-driver.ts';
import { openSqliteDriver } from './sqlite-driver.ts';
import { createVaultStorage, type VaultStorage } from './vault-storage.ts';

export type StorageTarget =
  | { engine: 'sqlite'; file: string }
  | { engine: 'postgres'; url: string; schema?: string | undefined };

/** Opens the chosen engine and brings its schema up to date. */
export async function openStorage(target: StorageTarget): Promise<VaultStorage> {
  const driver =
    target.engine === 'sqlite'
      ? openSqliteDriver(target.file)
      : await openPostgresDriver({ connectionString: target.url, schema: target.schema });
  try {
    await migrate(driver);
    await migrateStreams(driver);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return createVaultStorage(driver);
}
