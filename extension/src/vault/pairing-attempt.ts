/**
 * The status while pairing is tried. Without a session it is the status itself (`pending`, then
 * `failed`); with one, the person stays paired and connected (sync, reads, "Ontkoppelen") and the
 * attempt is shown beside it, so a denied or abandoned second "Verbinden" hides nothing.
 */
import type { StorageArea } from '../control/storage-area.ts';
import type { VaultSession } from './pairing-state.ts';
import { PAIRING_STATUS_KEY, readPairingStatus, type PairingStatus } from './pairing-status.ts';
import type { VaultConnection } from './vault-connection.ts';

export type PairingAttempt = NonNullable<PairingStatus['attempt']>;

/** The status of a stored session (what the grant allows; nothing about syncing yet). */
export function pairedStatusOf(session: VaultSession): PairingStatus {
  return {
    state: 'paired',
    issuer: session.issuer,
    webid: session.webid,
    scopes: session.scopes,
  };
}

export async function setAttempt(
  deps: { local: StorageArea; connection: VaultConnection },
  attempt: PairingAttempt,
): Promise<void> {
  const session = await deps.connection.session();
  let status: PairingStatus;
  if (session) {
    const current = await readPairingStatus(deps.local);
    status = { ...(current.state === 'paired' ? current : pairedStatusOf(session)), attempt };
  } else status = attempt;
  await deps.local.set({ [PAIRING_STATUS_KEY]: status });
}
