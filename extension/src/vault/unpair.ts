/**
 * "Ontkoppelen": ends the grant at the vault, then forgets the tokens and the key. When the vault
 * cannot be reached the extension still forgets, and says so: the grant then ends on the vault's
 * connections page.
 */
import type { PairingDeps } from './pairing-flow.ts';
import { PAIRING_STATUS_KEY } from './pairing-state.ts';
import { revokeGrant } from './revoke-grant.ts';

export async function unpair(
  deps: Pick<PairingDeps, 'local' | 'connection' | 'fetch'>,
): Promise<void> {
  const session = await deps.connection.session();
  const revoked = session ? await revokeGrant(deps.fetch, session).catch(() => false) : true;
  await deps.connection.forget();
  await deps.local.set({
    [PAIRING_STATUS_KEY]: revoked
      ? { state: 'unpaired' }
      : { state: 'unpaired', issuer: session?.issuer, error: 'revocation_failed' },
  });
}
