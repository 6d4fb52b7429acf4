import type { VaultStores } from '../storage/vault-storage.ts';

/**
 * Start-up pass (both engines): display names and passkey names kept in clear by an older vault, or
 * sealed under a master key that has since been rotated, are sealed with the current one; idempotency
 * keys kept in clear are replaced by their keyed hash. Idempotent; cheap once done.
 */
export async function protectStoredFields(db: VaultStores): Promise<number> {
  return db.transaction(
    async (tx) =>
      (await tx.accounts.resealFields()) +
      (await tx.passkeys.resealFields()) +
      (await tx.records.hashPlainIdempotencyKeys()),
  );
}
