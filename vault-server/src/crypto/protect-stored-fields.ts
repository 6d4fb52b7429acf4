import type { VaultStores } from '../storage/vault-storage.ts';

/**
 * Start-up pass (both engines): display names and passkey names kept in clear by an older vault, or
 * sealed under a master key that has since been rotated, are sealed with the current one; idempotency
 * keys kept in clear are replaced by their keyed hash. Idempotent; cheap once done. A field sealed
 * under a master key no longer at hand does not stop the vault: it is reported to `unreadable`, left
 * as stored, and reads as a stand-in (the pod name, "Passkey").
 */
export async function protectStoredFields(
  db: VaultStores,
  unreadable: (what: string) => void = () => {},
): Promise<number> {
  return db.transaction(
    async (tx) =>
      (await tx.accounts.resealFields(unreadable)) +
      (await tx.passkeys.resealFields(unreadable)) +
      (await tx.records.hashPlainIdempotencyKeys()),
  );
}
