import { Dexie } from 'dexie';

/**
 * A tiny key-value store over IndexedDB (one database, one table). It holds what
 * storage.local cannot: CryptoKeys (structured clone keeps a non-extractable key usable and
 * unreadable), the tokens, and the encrypted cache of the vault's records.
 */
export interface KeyValueDb {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/**
 * Through Dexie: one table with outbound keys (`''`), so values are stored as given; IndexedDB's
 * structured clone keeps CryptoKeys usable and non-extractable. Dexie opens lazily on first use.
 */
export function openKeyValueDb(name = 'verwonder-vault-dexie'): KeyValueDb {
  const db = new Dexie(name);
  db.version(1).stores({ kv: '' });
  const table = db.table<unknown, string>('kv');
  return {
    get: (key) => table.get(key),
    put: async (key, value) => {
      await table.put(value, key);
    },
    delete: (key) => table.delete(key),
  };
}

/** An in-memory KeyValueDb (unit tests). */
export function memoryKeyValueDb(): KeyValueDb {
  const values = new Map<string, unknown>();
  return {
    get: async (key) => values.get(key),
    put: async (key, value) => {
      values.set(key, value);
    },
    delete: async (key) => {
      values.delete(key);
    },
  };
}
