import { accountsStore } from './stores/accounts-store.ts';
import { auditStore } from './stores/audit-store.ts';
import { challengesStore, recoveryCodesStore } from './stores/credentials-extra-store.ts';
import { dataKeysStore } from './stores/data-keys-store.ts';
import { passkeysStore } from './stores/passkeys-store.ts';
import { consentsStore, retentionStore } from './stores/pod-settings-store.ts';
import { personalisationStore } from './stores/personalisation-store.ts';
import { recordsStore } from './stores/records-store.ts';
import { sessionsStore } from './stores/sessions-store.ts';
import { connectedSourcesStore } from '../streams/connected-sources-store.ts';
import { usedSourceLinksStore } from '../streams/used-source-links-store.ts';
import { PLAIN_FIELDS, type FieldProtector } from '../crypto/field-protector.ts';
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
  /** Categories the owner keeps out of personalisation (the data stays). */
  personalisation: ReturnType<typeof personalisationStore>;
  audit: ReturnType<typeof auditStore>;
  /** City systems the owner let write into the pod (streams/). */
  connectedSources: ReturnType<typeof connectedSourcesStore>;
  /** Link codes already used to connect a source (each works once). */
  usedSourceLinks: ReturnType<typeof usedSourceLinksStore>;
  /** Runs `fn` atomically; nested calls join the outer transaction. */
  transaction<T>(fn: (tx: VaultStores) => Promise<T>): Promise<T>;
}

export interface VaultStorage extends VaultStores {
  /** The underlying executor, for maintenance (checkpoints, vacuum) and tests. */
  readonly driver: SqlDriver;
  close(): Promise<void>;
  /**
   * From now on display names and passkey names are sealed and idempotency keys hashed with keys
   * from the master key (the vault context does this; bare storage keeps them as given).
   */
  protectFields(fields: FieldProtector): void;
  /**
   * The stores on an executor of this storage's driver, with its field protection: for a module
   * that opens the transaction itself (OAuth's token endpoint) and must write the vault's tables in it.
   */
  storesOn(tx: SqlExecutor): VaultStores;
}

/** The field protection of one storage, shared by its transaction executors. */
export interface FieldBox {
  fields: FieldProtector;
}

const cache = new WeakMap<SqlExecutor, VaultStores>();

/** One set of stores per executor (SQLite reuses one transaction executor, so this is built once). */
function stores(db: SqlExecutor, box: FieldBox): VaultStores {
  const cached = cache.get(db);
  if (cached) return cached;
  const self: VaultStores = {
    dialect: db.dialect,
    accounts: accountsStore(db, box),
    passkeys: passkeysStore(db, box),
    recoveryCodes: recoveryCodesStore(db),
    challenges: challengesStore(db, box),
    sessions: sessionsStore(db),
    dataKeys: dataKeysStore(db),
    records: recordsStore(db, box),
    consents: consentsStore(db),
    retention: retentionStore(db),
    personalisation: personalisationStore(db),
    audit: auditStore(db),
    connectedSources: connectedSourcesStore(db),
    usedSourceLinks: usedSourceLinksStore(db),
    transaction: (fn) => db.transaction((tx) => (tx === db ? fn(self) : fn(stores(tx, box)))),
  };
  cache.set(db, self);
  return self;
}

export function createVaultStorage(driver: SqlDriver): VaultStorage {
  const box: FieldBox = { fields: PLAIN_FIELDS };
  return {
    ...stores(driver, box),
    driver,
    close: () => driver.close(),
    protectFields: (fields) => {
      box.fields = fields;
    },
    storesOn: (tx) => stores(tx, box),
  };
}
