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
 * cached in memory next to the wrapped copy they came from. Versions come from one database-wide
 * counter, so a key another process destroyed (erasure) is never replaced under its number: a cached
 * key can only open records sealed with it, and those went with it. A write still reads (and locks)
 * the key row in its own transaction and uses the cached key only while the wrapped copy matches.
 */
export class DataKeys {
  /** Per pod and category (`pod|category`). */
  private cache = new Map<string, CachedCategory>();

  constructor(private readonly keyring: Keyring) {}

  /**
   * The key new records of the category are sealed with. Call it inside the write's transaction: on
   * PostgreSQL the row stays locked against deletion until the record that uses it is committed.
   */
  async active(db: VaultStores, pod: string, category: string): Promise<DataKey> {
    const row = await db.dataKeys.active(pod, category);
    this.activeIs(pod, category, row?.version);
    if (row) return { version: row.version, key: this.unwrap(row) };
    return this.create(db, pod, category, { replace: false });
  }

  /** A key to open records with. */
  async version(
    db: VaultStores,
    pod: string,
    category: string,
    version: number,
  ): Promise<Buffer | undefined> {
    const cached = this.cache.get(categoryKey(pod, category))?.versions.get(version);
    if (cached) return cached.key;
    const row = await db.dataKeys.get(pod, category, version);
    return row ? this.unwrap(row) : undefined;
  }

  /**
   * Makes a new key, under a version never used before, the active key of the category (the previous
   * one stays for its records). If another request made one first, that one is returned. With
   * `replace: false` (the category had no key when the caller looked) a key another process
   * committed since is kept, not replaced: only a rotation replaces the active key.
   */
  async create(
    db: VaultStores,
    pod: string,
    category: string,
    { replace = true }: { replace?: boolean } = {},
  ): Promise<DataKey> {
    const key = randomBytes(KEY_BYTES);
    const kek = this.keyring.current();
    const inserted = await db.transaction(async (tx) => {
      // Deactivate first (one active key per category); the version is drawn after that, so a
      // creation that waited for another one's lock gets the higher number.
      if (replace) await tx.dataKeys.deactivateAll(pod, category);
      const version = await tx.dataKeys.nextVersion();
      const wrapped = wrapKey(kek.key, key, dataKeyAad(pod, category, version));
      const created = await tx.dataKeys.insert({
        pod,
        category,
        version,
        kekId: kek.id,
        wrapped,
        active: true,
        createdAt: new Date().toISOString(),
      });
      return created ? { version, wrapped } : undefined;
    });
    if (inserted) {
      const { version, wrapped } = inserted;
      return this.settle(db, { pod, category, version, kekId: kek.id }, wrapped, key);
    }
    // Another request created one first: use theirs.
    const row = await db.dataKeys.active(pod, category);
    if (!row)
      throw new VerwonderError('storage_error', `the new data key of ${pod}/${category} vanished`);
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
    this.remember(row, kept, key);
    return { version: row.version, key };
  }

  /** The key of a row; from the cache only if it was unwrapped from this very wrapped copy. */
  unwrap(row: DataKeyRow): Buffer {
    const cached = this.cache.get(categoryKey(row.pod, row.category))?.versions.get(row.version);
    if (cached && cached.wrapped.equals(row.wrapped)) return cached.key;
    const key = unwrapKey(
      this.keyring.byId(row.kekId).key,
      row.wrapped,
      dataKeyAad(row.pod, row.category, row.version),
    );
    this.remember(row, row.wrapped, key);
    return key;
  }

  private remember(
    row: Pick<DataKeyRow, 'pod' | 'category' | 'version'>,
    wrapped: Buffer,
    key: Buffer,
  ): void {
    const id = categoryKey(row.pod, row.category);
    const entry = this.cache.get(id) ?? { versions: new Map() };
    // A replaced entry is dropped, not wiped: a request may still be between reading and using it.
    entry.versions.set(row.version, { wrapped, key });
    this.cache.set(id, entry);
  }

  /**
   * Another active key than the last write found (or none) means the category was rotated or erased,
   * perhaps by another process, and its other keys may be destroyed: they are dropped (not wiped, as
   * above), so a destroyed key does not linger, and read again while records still need them.
   */
  private activeIs(pod: string, category: string, version: number | undefined): void {
    const id = categoryKey(pod, category);
    const entry = this.cache.get(id);
    if (!entry || entry.active === version) return;
    for (const cached of entry.versions.keys())
      if (cached !== version) entry.versions.delete(cached);
    if (version === undefined) this.cache.delete(id);
    else entry.active = version;
  }

  /** Forgets cached keys of a pod (or one of its categories) before they are shredded. */
  evict(pod: string, category?: string): void {
    for (const [id, entry] of this.cache) {
      if (category === undefined ? id.startsWith(`${pod}|`) : id === categoryKey(pod, category)) {
        for (const { key } of entry.versions.values()) key.fill(0);
        this.cache.delete(id);
      }
    }
  }
}

interface CachedCategory {
  /** The active version the last write in this process found. */
  active?: number;
  versions: Map<number, { wrapped: Buffer; key: Buffer }>;
}

const categoryKey = (pod: string, category: string): string => `${pod}|${category}`;
