import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { VerwonderError } from '@verwonder/shared';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** AES-256-GCM with a fresh random nonce; the tag is appended to the ciphertext. */
export function seal(
  key: Buffer,
  plaintext: Buffer,
  aad: Buffer,
): { nonce: Buffer; ciphertext: Buffer } {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { nonce, ciphertext };
}

export function open(key: Buffer, nonce: Buffer, ciphertext: Buffer, aad: Buffer): Buffer {
  if (ciphertext.length < TAG_BYTES)
    throw new VerwonderError('crypto_error', 'ciphertext too short');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(aad);
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(ciphertext.subarray(0, ciphertext.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch (cause) {
    // Wrong key, wrong additional data (a moved ciphertext) or tampering: all look the same.
    throw new VerwonderError('crypto_error', 'decryption failed', { cause });
  }
}

/** A wrapped key is nonce ‖ ciphertext ‖ tag in one blob. */
export function wrapKey(kek: Buffer, dataKey: Buffer, aad: Buffer): Buffer {
  const { nonce, ciphertext } = seal(kek, dataKey, aad);
  return Buffer.concat([nonce, ciphertext]);
}

export function unwrapKey(kek: Buffer, wrapped: Buffer, aad: Buffer): Buffer {
  return open(kek, wrapped.subarray(0, NONCE_BYTES), wrapped.subarray(NONCE_BYTES), aad);
}
