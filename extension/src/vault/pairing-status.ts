/**
 * The pairing status in storage.local (no secret): for the options page, the popup and the content
 * script's form offer, which reads it without carrying the rest of pairing-state.ts. It is the one
 * gate for everything that uses the vault (reads, sync, serving its records): `paired` exactly while
 * a session is stored (reconcile-pairing.ts mends a status that says otherwise).
 */
import {
  array,
  enum as enumOf,
  number,
  optional,
  string,
  strictObject,
  type infer as Infer,
} from 'zod/mini';

import type { StorageArea } from '../control/storage-area.ts';

export const PAIRING_STATUS_KEY = 'verwonder/pairing';

/** `error` of an `unpaired` status: the vault refused the grant (the person ended it there). */
export const ACCESS_ENDED = 'access_ended';
/** `error` when the vault's metadata or tokens point away from the address the person typed. */
export const ISSUER_MISMATCH = 'issuer_mismatch';

export const PairingStatusSchema = strictObject({
  state: enumOf(['unpaired', 'pending', 'paired', 'failed']),
  issuer: optional(string()),
  webid: optional(string()),
  scopes: optional(array(string())),
  /** A short reason when `failed` (an OAuth error code or a network problem), or why `unpaired`. */
  error: optional(string()),
  /** When records last reached the vault, and how many are still queued. */
  lastSync: optional(string()),
  queued: optional(number()),
  /** While `paired`: a new pairing being tried (or that failed); the current one holds meanwhile. */
  attempt: optional(
    strictObject({
      state: enumOf(['pending', 'failed']),
      issuer: optional(string()),
      error: optional(string()),
    }),
  ),
});
export type PairingStatus = Infer<typeof PairingStatusSchema>;

export function parsePairingStatus(value: unknown): PairingStatus {
  const parsed = PairingStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : { state: 'unpaired' };
}

export async function readPairingStatus(local: StorageArea): Promise<PairingStatus> {
  return parsePairingStatus((await local.get(PAIRING_STATUS_KEY))[PAIRING_STATUS_KEY]);
}

/** The one gate for reading the vault, sending to it and serving what was read from it. */
export async function isPaired(local: StorageArea): Promise<boolean> {
  return (await readPairingStatus(local)).state === 'paired';
}
