import { unwrapKey, wrapKey } from '../../crypto/aead.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Kek } from '../../crypto/master-key.ts';
import type { SqlExecutor } from '../../storage/sql-driver.ts';
import { uploadKeyAad } from './upload-key.ts';

/**
 * Part of a master-key rotation: re-seals the vault's insight upload key with the next master key
 * (compare-and-set); a database without the insight tables has nothing to do.
 */
export async function rewrapUploadKey(
  db: SqlExecutor,
  keyring: Keyring,
  next: Kek,
): Promise<number> {
  let rows;
  try {
    rows = await db.all('SELECT id, kid, private_sealed FROM insight_upload_key');
  } catch {
    return 0; // the insight module never ran on this database
  }
  let rewrapped = 0;
  for (const row of rows) {
    const sealed = String(row.private_sealed);
    const [kekId, blob] = sealed.split('.');
    if (!kekId || !blob || kekId === next.id) continue;
    const aad = Buffer.from(uploadKeyAad(String(row.kid)));
    const plaintext = unwrapKey(keyring.byId(kekId).key, Buffer.from(blob, 'base64url'), aad);
    const resealed = `${next.id}.${wrapKey(next.key, plaintext, aad).toString('base64url')}`;
    plaintext.fill(0);
    rewrapped += await db.run(
      'UPDATE insight_upload_key SET private_sealed = ? WHERE id = ? AND private_sealed = ?',
      [resealed, String(row.id), sealed],
    );
  }
  return rewrapped;
}
