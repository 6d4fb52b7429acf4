import { VerwonderError } from '@verwonder/shared';
import type { DataKeys } from './data-keys.ts';
import type { RecordCipher } from './record-cipher.ts';
import type { VaultStores } from '../storage/vault-storage.ts';
import type { StoredRecord } from '../storage/stores/records-store.ts';

/** The pod, category and record id are bound to each ciphertext: moved to another row, it fails to open. */
export const recordAad = (pod: string, category: string, id: string): Buffer =>
  Buffer.from(`${pod}|${category}|${id}`);

/** Seals record bodies with the active data key of their category and opens them again. */
export class RecordSealer {
  constructor(
    private readonly keys: DataKeys,
    private readonly cipher: RecordCipher,
  ) {}

  async seal(
    db: VaultStores,
    pod: string,
    category: string,
    id: string,
    body: unknown,
  ): Promise<Pick<StoredRecord, 'keyVersion' | 'nonce' | 'ciphertext'>> {
    const { version, key } = await this.keys.active(db, pod, category);
    const { nonce, ciphertext } = this.cipher.seal(
      key,
      Buffer.from(JSON.stringify(body)),
      recordAad(pod, category, id),
    );
    return { keyVersion: version, nonce, ciphertext };
  }

  async open(db: VaultStores, record: StoredRecord): Promise<unknown> {
    const { pod, category, keyVersion } = record;
    const aad = recordAad(pod, category, record.id);
    const key = await this.keys.version(db, pod, category, keyVersion);
    if (!key)
      throw new VerwonderError('crypto_error', `the data key of record ${record.id} is gone`);
    // A version is never given to a second key (data-keys.ts), so a cached key is the record's key.
    const plaintext = this.cipher.open(key, record.nonce, record.ciphertext, aad);
    return JSON.parse(plaintext.toString('utf8')) as unknown;
  }
}
