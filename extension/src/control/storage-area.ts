/** The part of `browser.storage.local` / `.session` the extension uses; tests pass a Map-backed one. */
export interface StorageArea {
  /** The stored ones of `keys` (one key or several, read in one call). */
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** An in-memory StorageArea (unit tests; values are structured-cloned as the browser does). */
export function memoryStorageArea(initial: Record<string, unknown> = {}): StorageArea {
  const values = new Map(Object.entries(structuredClone(initial)));
  return {
    get: async (keys) =>
      Object.fromEntries(
        [keys]
          .flat()
          .filter((key) => values.has(key))
          .map((key) => [key, structuredClone(values.get(key))]),
      ),
    set: async (items) => {
      for (const [key, value] of Object.entries(items)) values.set(key, structuredClone(value));
    },
    remove: async (key) => {
      values.delete(key);
    },
  };
}
