import { VerwonderError } from '@verwonder/shared';
import { unwrapKey, wrapKey } from '../../crypto/aead.ts';
import type { Keyring } from '../../crypto/keyring.ts';

/** The additional data a private signing key is sealed with: it names the key. */
export const signingKeyAad = (kid: string): string => `verwonder-oauth-signing-key|${kid}`;

/** Seals small secrets (the private signing keys) at rest; the additional data names what is sealed. */
export interface SecretBox {
  seal(plaintext: Buffer, aad: string): string;
  open(sealed: string, aad: string): Buffer;
}

/** A `SecretBox` on the vault's master key: `<kek id>.<nonce ‖ ciphertext ‖ tag>`. */
export function keyringSecretBox(keyring: Keyring): SecretBox {
  return {
    seal(plaintext, aad) {
      const kek = keyring.current();
      return `${kek.id}.${wrapKey(kek.key, plaintext, Buffer.from(aad)).toString('base64url')}`;
    },
    open(sealed, aad) {
      const [kekId, blob] = sealed.split('.');
      if (!kekId || !blob) throw new VerwonderError('crypto_error', 'malformed sealed secret');
      return unwrapKey(keyring.byId(kekId).key, Buffer.from(blob, 'base64url'), Buffer.from(aad));
    },
  };
}
