/**
 * A tiny key-value store over IndexedDB (one database, one object store). It holds what
 * storage.local cannot: CryptoKeys (structured clone keeps a non-extractable key usable and
 * unreadable), the tokens, and the encrypted cache of the vault's records.
 */
export interface KeyValueDb {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

const STORE = 'kv';

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

export function openKeyValueDb(name = 'verwonder-vault'): KeyValueDb {
  let opened: Promise<IDBDatabase> | undefined;
  const db = () => {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB cannot open'));
    });
    return opened;
  };
  const store = async (mode: IDBTransactionMode) =>
    (await db()).transaction(STORE, mode).objectStore(STORE);
  return {
    get: async (key) => done((await store('readonly')).get(key)),
    put: async (key, value) => {
      await done((await store('readwrite')).put(value, key));
    },
    delete: async (key) => {
      await done((await store('readwrite')).delete(key));
    },
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
