/**
 * Mends a status that disagrees with the stored session, when the worker starts (an older version
 * could leave `failed` beside a live session, and a worker stopped between the two writes leaves
 * them apart): a stored session is `paired`, `paired` without one is not.
 */
import type { StorageArea } from '../control/storage-area.ts';
import { pairedStatusOf } from './pairing-attempt.ts';
import { PAIRING_STATUS_KEY, readPairingStatus } from './pairing-status.ts';
import type { VaultConnection } from './vault-connection.ts';

export async function reconcilePairing(deps: {
  local: StorageArea;
  connection: VaultConnection;
}): Promise<void> {
  const [session, status] = await Promise.all([
    deps.connection.session(),
    readPairingStatus(deps.local),
  ]);
  if (session && status.state !== 'paired')
    await deps.local.set({ [PAIRING_STATUS_KEY]: pairedStatusOf(session) });
  else if (!session && status.state === 'paired')
    await deps.local.set({ [PAIRING_STATUS_KEY]: { state: 'unpaired' } });
}
