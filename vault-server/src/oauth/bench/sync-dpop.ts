import {
  createHash,
  createPrivateKey,
  createPublicKey,
  randomBytes,
  sign,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';
import { exportJWK, type JWK } from 'jose';

const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export interface SyncDpopSigner {
  publicJwk: JWK;
  privateKey: KeyObject;
  /** A fresh ES256 proof, synchronously: load generators cannot await per request. */
  proof(method: string, url: string, accessToken: string): string;
}

/**
 * The benchmark client's DPoP key (an extractable WebCrypto pair, the one its OAuth library holds),
 * signing with node:crypto directly (RFC 9449 §4.2).
 */
export async function syncDpopSigner(keyPair: CryptoKeyPair): Promise<SyncDpopSigner> {
  const privateKey = createPrivateKey({
    key: (await exportJWK(keyPair.privateKey)) as JsonWebKey,
    format: 'jwk',
  });
  const { kty, crv, x, y } = createPublicKey(privateKey).export({ format: 'jwk' });
  const publicJwk: JWK = { kty, crv, x, y };
  const header = b64({ typ: 'dpop+jwt', alg: 'ES256', jwk: publicJwk });
  return {
    publicJwk,
    privateKey,
    proof(method, url, accessToken) {
      const payload = b64({
        jti: randomBytes(12).toString('base64url'),
        htm: method,
        htu: url,
        iat: Math.floor(Date.now() / 1000),
        ath: createHash('sha256').update(accessToken).digest('base64url'),
      });
      const input = `${header}.${payload}`;
      return `${input}.${sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
    },
  };
}
