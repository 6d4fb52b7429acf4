/**
 * The cache of what the extension read from the vault, in IndexedDB, encrypted with AES-GCM under a
 * random key kept only in `storage.session`. That area lives in memory: once the browser closes the
 * key is gone and the cache on disk is unreadable (it is then read again from the vault).
 */
import type { StorageArea } from '../control/storage-area.ts';
import type { KeyValueDb } from './key-value-db.ts';

export const CACHE_KEY_SESSION_KEY = 'verwonder/cache-key';

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

const isSealed = (value: unknown): value is Sealed =>
  typeof value === 'object' &&
  value !== null &&
  'iv' in value &&
  value.iv instanceof Uint8Array &&
  value.iv.buffer instanceof ArrayBuffer &&
  'data' in value &&
  value.data instanceof ArrayBuffer;

export class EncryptedCache {
  constructor(
    private readonly db: KeyValueDb,
    private readonly session: StorageArea,
  ) {}

  /** The session's key; a new one (making any older ciphertext unreadable) when there is none. */
  private async key(create: boolean): Promise<CryptoKey | undefined> {
    const stored = (await this.session.get(CACHE_KEY_SESSION_KEY))[CACHE_KEY_SESSION_KEY];
    let raw: Uint8Array<ArrayBuffer>;
    if (typeof stored === 'string') raw = fromBase64(stored);
    else if (create) {
      raw = crypto.getRandomValues(new Uint8Array(32));
      await this.session.set({ [CACHE_KEY_SESSION_KEY]: toBase64(raw) });
    } else return undefined;
    return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  }

  async put(name: string, value: unknown): Promise<void> {
    const key = await this.key(true);
    if (!key) return;
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const plain = new TextEncoder().encode(JSON.stringify(value));
    const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
    await this.db.put(`cache/${name}`, { iv, data } satisfies Sealed);
  }

  /** The value, or undefined when absent or sealed under a key this session does not have. */
  async get(name: string): Promise<unknown> {
    const sealed = await this.db.get(`cache/${name}`);
    const key = await this.key(false);
    if (!key || !isSealed(sealed)) return undefined;
    try {
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: sealed.iv },
        key,
        sealed.data,
      );
      return JSON.parse(new TextDecoder().decode(plain)) as unknown;
    } catch {
      return undefined;
    }
  }
}
