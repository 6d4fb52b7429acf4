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
 * cached in memory next to the wrapped copy they came from. Another process may destroy a key
 * (erasure) and a new one may take its version number, so the cache is never trusted on its own:
 * a write reads (and locks) the key row in its own transaction and uses the cached key only while the
 * wrapped copy still matches; a read that fails to decrypt with a cached key asks the database again.
 */
export class DataKeys {
  private cache = new Map<string, { wrapped: Buffer; key: Buffer }>();

  constructor(private readonly keyring: Keyring) {}

  /**
   * The key new records of the category are sealed with. Call it inside the write's transaction: on
   * PostgreSQL the row stays locked against deletion until the record that uses it is committed.
   */
  async active(db: VaultStores, pod: string, category: string): Promise<DataKey> {
    const row = await db.dataKeys.active(pod, category);
    if (row) return { version: row.version, key: this.unwrap(row) };
    return this.create(db, pod, category, 1);
  }

  /** A key to open records with; `fresh` skips the cache (after a decryption failure). */
  async version(
    db: VaultStores,
    pod: string,
    category: string,
    version: number,
    options: { fresh?: boolean } = {},
  ): Promise<Buffer | undefined> {
    const cached = options.fresh ? undefined : this.cache.get(cacheKey(pod, category, version));
    if (cached) return cached.key;
    const row = await db.dataKeys.get(pod, category, version);
    return row ? this.unwrap(row) : undefined;
  }

  /** Makes `version` the active key of the category (the previous one stays for its records). */
  async create(db: VaultStores, pod: string, category: string, version: number): Promise<DataKey> {
    const key = randomBytes(KEY_BYTES);
    const kek = this.keyring.current();
    const wrapped = wrapKey(kek.key, key, dataKeyAad(pod, category, version));
    const inserted = await db.transaction(async (tx) => {
      const created = await tx.dataKeys.insert({
        pod,
        category,
        version,
        kekId: kek.id,
        wrapped,
        active: true,
        createdAt: new Date().toISOString(),
      });
      if (created) await tx.dataKeys.deactivateOthers(pod, category, version);
      return created ? wrapped : undefined;
    });
    if (inserted) return this.settle(db, { pod, category, version, kekId: kek.id }, inserted, key);
    // Another request created it first: use theirs.
    const row = await db.dataKeys.get(pod, category, version);
    if (!row)
      throw new VerwonderError(
        'storage_error',
        `data key ${version} of ${pod}/${category} vanished`,
      );
    return { version: row.version, key: this.unwrap(row) };
  }

  /**
   * A master-key rotation may have replaced the master key while this key was wrapped with the old
   * one, after its last pass looked (the row was not committed yet): wrap it again with the current
   * one, which this process still holds. Checked after the commit, so either this check or the
   * rotation's last pass sees the key.
   */
  private async settle(
    db: VaultStores,
    row: Pick<DataKeyRow, 'pod' | 'category' | 'version' | 'kekId'>,
    wrapped: Buffer,
    key: Buffer,
  ): Promise<DataKey> {
    const current = this.keyring.current();
    let kept = wrapped;
    if (current.id !== row.kekId) {
      const again = wrapKey(current.key, key, dataKeyAad(row.pod, row.category, row.version));
      if (await db.dataKeys.rewrap(row, current.id, again)) kept = again;
    }
    this.remember(cacheKey(row.pod, row.category, row.version), kept, key);
    return { version: row.version, key };
  }

  /** The key of a row; from the cache only if it was unwrapped from this very wrapped copy. */
  unwrap(row: DataKeyRow): Buffer {
    const id = cacheKey(row.pod, row.category, row.version);
    const cached = this.cache.get(id);
    if (cached && cached.wrapped.equals(row.wrapped)) return cached.key;
    const key = unwrapKey(
      this.keyring.byId(row.kekId).key,
      row.wrapped,
      dataKeyAad(row.pod, row.category, row.version),
    );
    this.remember(id, row.wrapped, key);
    return key;
  }

  private remember(id: string, wrapped: Buffer, key: Buffer): void {
    // A replaced entry is dropped, not wiped: a request may still be between reading and using it.
    this.cache.set(id, { wrapped, key });
  }

  /** Forgets cached keys of a pod (or one of its categories) before they are shredded. */
  evict(pod: string, category?: string): void {
    const prefix = category === undefined ? `${pod}|` : `${pod}|${category}|`;
    for (const [id, { key }] of this.cache) {
      if (id.startsWith(prefix)) {
        key.fill(0);
        this.cache.delete(id);
      }
    }
  }
}

const cacheKey = (pod: string, category: string, version: number): string =>
  `${pod}|${category}|${version}`;
