import { unwrapKey, wrapKey } from '../../crypto/aead.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Kek } from '../../crypto/master-key.ts';
import type { SqlExecutor } from '../../storage/sql-driver.ts';
import { signingKeyAad } from './secret-box.ts';

/**
 * Part of a master-key rotation: re-seals the OAuth signing keys (`<kek id>.<blob>`) with the next
 * master key, so a process started after the rotation can still open the key the others sign with.
 * Compare-and-set per key; a database without the OAuth tables has nothing to do.
 */
export async function rewrapSigningKeys(
  db: SqlExecutor,
  keyring: Keyring,
  next: Kek,
): Promise<number> {
  let rows;
  try {
    rows = await db.all('SELECT kid, private_sealed FROM oauth_signing_keys');
  } catch {
    return 0; // the OAuth module never ran on this database
  }
  let rewrapped = 0;
  for (const row of rows) {
    const kid = String(row.kid);
    const sealed = String(row.private_sealed);
    const [kekId, blob] = sealed.split('.');
    if (!kekId || !blob || kekId === next.id) continue;
    const aad = Buffer.from(signingKeyAad(kid));
    const plaintext = unwrapKey(keyring.byId(kekId).key, Buffer.from(blob, 'base64url'), aad);
    const resealed = `${next.id}.${wrapKey(next.key, plaintext, aad).toString('base64url')}`;
    plaintext.fill(0);
    rewrapped += await db.run(
      'UPDATE oauth_signing_keys SET private_sealed = ? WHERE kid = ? AND private_sealed = ?',
      [resealed, kid, sealed],
    );
  }
  return rewrapped;
}
