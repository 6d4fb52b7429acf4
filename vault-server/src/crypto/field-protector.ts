import { createHmac, hkdfSync } from 'node:crypto';
import { VerwonderError } from '@verwonder/shared';
import { KEY_BYTES, open, seal } from './aead.ts';
import type { Keyring } from './keyring.ts';

/**
 * Protects the small identifying fields the stores keep outside records: display names and passkey
 * names are sealed (AES-256-GCM, bound to their row), idempotency keys are stored as a keyed hash.
 * The keys are derived from the master key, so a copy of the database alone reveals none of them.
 */
export interface FieldProtector {
  /** `context` names the row and column (`account|<id>|display_name`): a value moved elsewhere does not open. */
  seal(context: string, value: string): string;
  open(context: string, stored: string): string;
  /** The keyed hash a value is stored and looked up by (with the current master key). */
  digest(context: string, value: string): string;
  /** Its hashes under every master key loaded (during a rotation: the old and the new one). */
  digests(context: string, value: string): string[];
  /** Whether a stored value is plaintext or sealed with another than the current master key. */
  stale(stored: string): boolean;
}

const SEALED = 'vwf1.';
const HASHED = 'vwi1.';

/** Storage opened without a master key (the storage layer's own tests): values stay as given. */
export const PLAIN_FIELDS: FieldProtector = {
  seal: (_context, value) => value,
  open: (_context, stored) => stored,
  digest: (_context, value) => value,
  digests: (_context, value) => [value],
  stale: () => false,
};

/**
 * A field that cannot be opened (sealed under a master key no longer at hand) reads as `fallback`
 * instead of failing every read of its row; the stored value is left as it is, and the start-up
 * pass logs it (protectStoredFields).
 */
export function openOr(fields: FieldProtector, context: string, stored: string, fallback: string) {
  try {
    return fields.open(context, stored);
  } catch {
    return fallback;
  }
}

export const isSealedField = (stored: string): boolean =>
  stored.startsWith(SEALED) || stored.startsWith(HASHED);

export function keyringFields(keyring: Keyring): FieldProtector {
  const derived = new Map<string, Buffer>();
  const keyOf = (kekId: string, kek: Buffer, purpose: string): Buffer => {
    const id = `${kekId}|${purpose}`;
    let key = derived.get(id);
    if (!key) {
      key = Buffer.from(
        hkdfSync('sha256', kek, Buffer.alloc(0), `verwonder-${purpose}-v1`, KEY_BYTES),
      );
      derived.set(id, key);
    }
    return key;
  };
  const hash = (kekId: string, kek: Buffer, context: string, value: string) =>
    `${HASHED}${createHmac('sha256', keyOf(kekId, kek, 'lookup-hash'))
      .update(`${context}\u0000${value}`)
      .digest('base64url')}`;
  return {
    seal(context, value) {
      const kek = keyring.current();
      const { nonce, ciphertext } = seal(
        keyOf(kek.id, kek.key, 'field'),
        Buffer.from(value, 'utf8'),
        Buffer.from(context),
      );
      return `${SEALED}${kek.id}.${Buffer.concat([nonce, ciphertext]).toString('base64url')}`;
    },
    open(context, stored) {
      // Rows written before fields were sealed are sealed at start-up; until then they read as they are.
      if (!stored.startsWith(SEALED)) return stored;
      const [kekId, blob] = stored.slice(SEALED.length).split('.');
      if (!kekId || !blob) throw new VerwonderError('crypto_error', 'a sealed field is malformed');
      const bytes = Buffer.from(blob, 'base64url');
      const key = keyOf(kekId, keyring.byId(kekId).key, 'field');
      return open(key, bytes.subarray(0, 12), bytes.subarray(12), Buffer.from(context)).toString(
        'utf8',
      );
    },
    digest(context, value) {
      const kek = keyring.current();
      return hash(kek.id, kek.key, context, value);
    },
    digests(context, value) {
      const current = keyring.current();
      return [current, ...keyring.all().filter((kek) => kek.id !== current.id)].map((kek) =>
        hash(kek.id, kek.key, context, value),
      );
    },
    stale(stored) {
      if (!stored.startsWith(SEALED)) return true;
      return !stored.startsWith(`${SEALED}${keyring.current().id}.`);
    },
  };
}
