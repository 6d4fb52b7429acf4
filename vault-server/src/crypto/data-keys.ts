import { randomBytes } from 'node:crypto';
import { KEY_BYTES, unwrapKey, wrapKey } from './aead.ts';
import type { Keyring } from './keyring.ts';
import { VerwonderError } from '@verwonder/shared';
import type { VaultStores } from '../storage/vault-storage.ts';
import type { DataKeyRow } from '../storage/stores/data-keys-store.ts';

export interface DataKey {
  version: number;
  key: Buffer;
}

/** A wrapped key names its owner, so a wrapped key copied to another pod or category does not unwrap. */
export const dataKeyAad = (pod: string, category: string, version: number): Buffer =>
  Buffer.from(`verwonder-dk|${pod}|${category}|${version}`);

/**
 * One data key per pod and category (and version), wrapped by the master key. Unwrapped keys are
 * cached in memory; erasure evicts them before the wrapped copies are deleted.
 */
export class DataKeys {
  private cache = new Map<string, Buffer>();

  constructor(private readonly keyring: Keyring) {}

  async active(db: VaultStores, pod: string, category: string): Promise<DataKey> {
    const row = await db.dataKeys.active(pod, category);
    if (row) return { version: row.version, key: this.unwrap(row) };
    return this.create(db, pod, category, 1);
  }

  async version(
    db: VaultStores,
    pod: string,
    category: string,
    version: number,
  ): Promise<Buffer | undefined> {
    const cached = this.cache.get(cacheKey(pod, category, version));
    if (cached) return cached;
    const row = await db.dataKeys.get(pod, category, version);
    return row ? this.unwrap(row) : undefined;
  }

  /** Makes `version` the active key of the category (the previous one stays for its records). */
  async create(db: VaultStores, pod: string, category: string, version: number): Promise<DataKey> {
    const key = randomBytes(KEY_BYTES);
    const kek = this.keyring.current();
    const inserted = await db.transaction(async (tx) => {
      const created = await tx.dataKeys.insert({
        pod,
        category,
        version,
        kekId: kek.id,
        wrapped: wrapKey(kek.key, key, dataKeyAad(pod, category, version)),
        active: true,
        createdAt: new Date().toISOString(),
      });
      if (created) await tx.dataKeys.deactivateOthers(pod, category, version);
      return created;
    });
    if (!inserted) {
      // Another request created it first: use theirs.
      const row = await db.dataKeys.get(pod, category, version);
      if (!row)
        throw new VerwonderError(
          'storage_error',
          `data key ${version} of ${pod}/${category} vanished`,
        );
      return { version: row.version, key: this.unwrap(row) };
    }
    this.cache.set(cacheKey(pod, category, version), key);
    return { version, key };
  }

  unwrap(row: DataKeyRow): Buffer {
    const id = cacheKey(row.pod, row.category, row.version);
    let key = this.cache.get(id);
    if (!key) {
      key = unwrapKey(
        this.keyring.byId(row.kekId).key,
        row.wrapped,
        dataKeyAad(row.pod, row.category, row.version),
      );
      this.cache.set(id, key);
    }
    return key;
  }

  /** Forgets cached keys of a pod (or one of its categories) before they are shredded. */
  evict(pod: string, category?: string): void {
    const prefix = category === undefined ? `${pod}|` : `${pod}|${category}|`;
    for (const [id, key] of this.cache) {
      if (id.startsWith(prefix)) {
        key.fill(0);
        this.cache.delete(id);
      }
    }
  }
}

const cacheKey = (pod: string, category: string, version: number): string =>
  `${pod}|${category}|${version}`;
