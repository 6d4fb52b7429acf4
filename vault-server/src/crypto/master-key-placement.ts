import path from 'node:path';
import type { VaultConfig } from '../config/vault-config.ts';

/**
 * The master key protects everything in the database; kept in the same folder (the default,
 * `$VAULT_DATA_DIR/master.key`), one copy or backup of that folder holds both the lock and the key.
 * Fine on a developer's machine; outside development the vault says so at start-up.
 */
export function masterKeyPlacementWarning(config: VaultConfig): string | undefined {
  // With PostgreSQL the database lives elsewhere; the SQLite file is the database.
  if (!config.production || config.databaseUrl) return undefined;
  const keyDir = path.dirname(path.resolve(config.masterKeyFile));
  const databaseDir = path.dirname(path.resolve(config.sqliteFile));
  const relative = path.relative(databaseDir, keyDir);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return (
    `the master key file ${config.masterKeyFile} lies beside the database (${config.sqliteFile}): ` +
    'anyone with a copy or backup of that folder can decrypt everything. Keep the key elsewhere ' +
    '(VAULT_MASTER_KEY_FILE on another volume or a secrets mount) and out of the backups.'
  );
}
