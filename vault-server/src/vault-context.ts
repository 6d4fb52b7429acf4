import type { Logger } from 'pino';
import { AuditBatcher } from './audit/audit-batcher.ts';
import type { VaultConfig } from './config/vault-config.ts';
import { DataKeys } from './crypto/data-keys.ts';
import { keyringFields } from './crypto/field-protector.ts';
import type { Keyring } from './crypto/keyring.ts';
import type { RecordCipher } from './crypto/record-cipher.ts';
import { RecordSealer } from './crypto/record-sealer.ts';
import type { VaultStorage } from './storage/vault-storage.ts';

/** Everything a request handler or job needs, built once at start. */
export interface VaultContext {
  config: VaultConfig;
  storage: VaultStorage;
  keys: DataKeys;
  sealer: RecordSealer;
  logger: Logger;
  /** Audit entries of reads, committed in groups (writes log inside their own transaction). */
  readAudit: AuditBatcher;
  /**
   * What mounted modules keep about a pod outside its records (the OAuth grants, the insight
   * opt-in), by name: the export adds each, so it holds everything the person has here.
   */
  exportSections: Map<string, (pod: string) => Promise<unknown>>;
  /**
   * What /healthz shows beside `status`, by name: parts that may be down while the vault serves
   * (the city stream consumer), so they are reported there without failing the check.
   */
  statusReports: Map<string, () => string>;
}

export function createVaultContext(
  config: VaultConfig,
  storage: VaultStorage,
  keyring: Keyring,
  cipher: RecordCipher,
  logger: Logger,
): VaultContext {
  const keys = new DataKeys(keyring);
  storage.protectFields(keyringFields(keyring));
  return {
    config,
    storage,
    keys,
    sealer: new RecordSealer(keys, cipher),
    logger,
    readAudit: new AuditBatcher(storage),
    exportSections: new Map(),
    statusReports: new Map(),
  };
}
