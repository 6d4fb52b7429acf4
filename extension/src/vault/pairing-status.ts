/**
 * The pairing status in storage.local (no secret): for the options page, the popup and the content
 * script's form offer, which reads it without carrying the rest of pairing-state.ts.
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

export const PAIRING_STATUS_KEY = 'verwonder/pairing';

export const PairingStatusSchema = strictObject({
  state: enumOf(['unpaired', 'pending', 'paired', 'failed']),
  issuer: optional(string()),
  webid: optional(string()),
  scopes: optional(array(string())),
  /** A short reason when `failed` (an OAuth error code or a network problem). */
  error: optional(string()),
  /** When records last reached the vault, and how many are still queued. */
  lastSync: optional(string()),
  queued: optional(number()),
});
export type PairingStatus = Infer<typeof PairingStatusSchema>;

export function parsePairingStatus(value: unknown): PairingStatus {
  const parsed = PairingStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : { state: 'unpaired' };
}
