import { open, seal } from './aead.ts';

/** How record bodies are sealed. The identity cipher exists only to measure encryption overhead. */
export interface RecordCipher {
  readonly name: 'aes-256-gcm' | 'identity';
  seal(key: Buffer, plaintext: Buffer, aad: Buffer): { nonce: Buffer; ciphertext: Buffer };
  open(key: Buffer, nonce: Buffer, ciphertext: Buffer, aad: Buffer): Buffer;
}

export const AES_GCM_CIPHER: RecordCipher = { name: 'aes-256-gcm', seal, open };

/** Stores plaintext. Never selectable from the environment: only `startVault` options (benchmarks). */
export const IDENTITY_CIPHER_FOR_BENCHMARKS: RecordCipher = {
  name: 'identity',
  seal: (_key, plaintext) => ({ nonce: Buffer.alloc(12), ciphertext: plaintext }),
  open: (_key, _nonce, ciphertext) => ciphertext,
};
