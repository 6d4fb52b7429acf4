import { Buffer } from 'node:buffer';
import { Aead, CipherSuite, Kdf, Kem } from 'hpke-js';
import { rejected } from './share-codec.ts';

/**
 * HPKE (RFC 9180, base mode: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM), as DAP uses it:
 * each input share is sealed for its own aggregator, with the report id and batch as associated data
 * so that a share cannot be moved to another report.
 */
const suite = new CipherSuite({
  kem: Kem.DhkemX25519HkdfSha256,
  kdf: Kdf.HkdfSha256,
  aead: Aead.Aes128Gcm,
});
const INFO = new TextEncoder().encode('verwonder insight input share');

export interface SealedShare {
  enc: string;
  ct: string;
}

export interface HpkeKeyPair {
  publicKey: Buffer;
  privateKey: Buffer;
}

export async function generateHpkeKeyPair(): Promise<HpkeKeyPair> {
  const pair = await suite.kem.generateKeyPair();
  return {
    publicKey: Buffer.from(await suite.kem.serializePublicKey(pair.publicKey)),
    privateKey: Buffer.from(await suite.kem.serializePrivateKey(pair.privateKey)),
  };
}

export async function sealShare(
  publicKey: Uint8Array,
  plaintext: Uint8Array,
  aad: string,
): Promise<SealedShare> {
  const recipientPublicKey = await suite.kem.deserializePublicKey(new Uint8Array(publicKey));
  const { ct, enc } = await suite.seal(
    { recipientPublicKey, info: INFO },
    new Uint8Array(plaintext),
    new TextEncoder().encode(aad),
  );
  return { enc: Buffer.from(enc).toString('base64url'), ct: Buffer.from(ct).toString('base64url') };
}

export async function openShare(
  keys: HpkeKeyPair,
  sealed: SealedShare,
  aad: string,
): Promise<Buffer> {
  try {
    const recipientKey = {
      privateKey: await suite.kem.deserializePrivateKey(new Uint8Array(keys.privateKey)),
      publicKey: await suite.kem.deserializePublicKey(new Uint8Array(keys.publicKey)),
    };
    const plain = await suite.open(
      { recipientKey, enc: new Uint8Array(Buffer.from(sealed.enc, 'base64url')), info: INFO },
      new Uint8Array(Buffer.from(sealed.ct, 'base64url')),
      new TextEncoder().encode(aad),
    );
    return Buffer.from(plain);
  } catch {
    throw rejected('the input share cannot be opened');
  }
}
