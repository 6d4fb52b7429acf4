/**
 * What the extension does when its vault refuses the grant (the person ended its access under
 * "Verbindingen"): nothing read from the vault stays or is served, the status says why it is no
 * longer paired, and open pages rank again without it. The session is already forgotten.
 */
import type { StorageArea } from '../control/storage-area.ts';
import type { EncryptedCache } from './encrypted-cache.ts';
import { ACCESS_ENDED, PAIRING_STATUS_KEY, type VaultSession } from './pairing-state.ts';
import { revokeGrant } from './revoke-grant.ts';
import { clearVaultTaste, VAULT_TASTE_VERSION_KEY } from './vault-taste.ts';

export interface AccessEndedDeps {
  local: StorageArea;
  cache: EncryptedCache;
  fetch: typeof fetch;
  now(): number;
}

export async function forgetEndedAccess(deps: AccessEndedDeps, ended: VaultSession): Promise<void> {
  await clearVaultTaste(deps.cache);
  await deps.local.set({
    [PAIRING_STATUS_KEY]: { state: 'unpaired', issuer: ended.issuer, error: ACCESS_ENDED },
    [VAULT_TASTE_VERSION_KEY]: deps.now(),
  });
  // A 401 that persisted with a fresh token may leave the grant live: end it too (best effort).
  await revokeGrant(deps.fetch, ended).catch(() => false);
}
