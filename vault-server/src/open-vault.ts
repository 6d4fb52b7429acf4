import { pino, type Logger } from 'pino';
import type { VaultConfig } from './config/vault-config.ts';
import { Keyring } from './crypto/keyring.ts';
import { masterKeyPlacementWarning } from './crypto/master-key-placement.ts';
import { protectStoredFields } from './crypto/protect-stored-fields.ts';
import { AES_GCM_CIPHER, type RecordCipher } from './crypto/record-cipher.ts';
import { openStorage, type StorageTarget } from './storage/open-storage.ts';
import { createVaultContext, type VaultContext } from './vault-context.ts';

export function storageTarget(config: VaultConfig): StorageTarget {
  return config.databaseUrl
    ? { engine: 'postgres', url: config.databaseUrl }
    : { engine: 'sqlite', file: config.sqliteFile };
}

/** Opens the configured engine (migrated) and the master key; shared by the server and the CLI. */
export async function openVault(
  config: VaultConfig,
  options: { logger?: Logger; cipher?: RecordCipher; target?: StorageTarget } = {},
): Promise<VaultContext> {
  const logger = options.logger ?? pino({ level: config.logLevel });
  const keyring = new Keyring({
    file: config.masterKeyFile,
    generate: config.generateMasterKey,
    warn: (message) => logger.warn(message),
  });
  const placement = masterKeyPlacementWarning(config);
  if (placement) logger.warn(placement);
  const storage = await openStorage(options.target ?? storageTarget(config));
  const ctx = createVaultContext(
    config,
    storage,
    keyring,
    options.cipher ?? AES_GCM_CIPHER,
    logger,
  );
  try {
    await protectStoredFields(ctx.storage, (what) =>
      logger.error(
        `${what} is sealed under a master key that is not available; it is left as stored and read as a stand-in`,
      ),
    );
  } catch (error) {
    await storage.close();
    throw error;
  }
  return ctx;
}
