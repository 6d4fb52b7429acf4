import { accountsStore } from './stores/accounts-store.ts';
import { auditStore } from './stores/audit-store.ts';
import { challengesStore, recoveryCodesStore } from './stores/credentials-extra-store.ts';
import { dataKeysStore } from './stores/data-keys-store.ts';
import { passkeysStore } from './stores/passkeys-store.ts';
import { consentsStore, retentionStore } from './stores/pod-settings-store.ts';
import { recordsStore } from './stores/records-store.ts';
import { sessionsStore } from './stores/sessions-store.ts';
import type { Dialect, SqlDriver, SqlExecutor } from './sql-driver.ts';

/** The one storage interface of the vault: the same stores on either engine, inside or outside a transaction. */
export interface VaultStores {
  readonly dialect: Dialect;
  accounts: ReturnType<typeof accountsStore>;
  passkeys: ReturnType<typeof passkeysStore>;
  recoveryCodes: ReturnType<typeof recoveryCodesStore>;
  challenges: ReturnType<typeof challengesStore>;
  sessions: ReturnType<typeof sessionsStore>;
  dataKeys: ReturnType<typeof dataKeysStore>;
  records: ReturnType<typeof recordsStore>;
  consents: ReturnType<typeof consentsStore>;
  retention: ReturnType<typeof retentionStore>;
  audit: ReturnType<typeof auditStore>;
  /** Runs `fn` atomically; nested calls join the outer transaction. */
  transaction<T>(fn: (tx: VaultStores) => Promise<T>): Promise<T>;
}

export interface VaultStorage extends VaultStores {
  /** The underlying executor, for maintenance (checkpoints, vacuum) and tests. */
  readonly driver: SqlDriver;
  close(): Promise<void>;
}

const cache = new WeakMap<SqlExecutor, VaultStores>();

/** One set of stores per executor (SQLite reuses one transaction executor, so this is built once). */
function stores(db: SqlExecutor): VaultStores {
  const cached = cache.get(db);
  if (cached) return cached;
  const self: VaultStores = {
    dialect: db.dialect,
    accounts: accountsStore(db),
    passkeys: passkeysStore(db),
    recoveryCodes: recoveryCodesStore(db),
    challenges: challengesStore(db),
    sessions: sessionsStore(db),
    dataKeys: dataKeysStore(db),
    records: recordsStore(db),
    consents: consentsStore(db),
    retention: retentionStore(db),
    audit: auditStore(db),
    transaction: (fn) => db.transaction((tx) => (tx === db ? fn(self) : fn(stores(tx)))),
  };
  cache.set(db, self);
  return self;
}

export function createVaultStorage(driver: SqlDriver): VaultStorage {
  return { ...stores(driver), driver, close: () => driver.close() };
}
