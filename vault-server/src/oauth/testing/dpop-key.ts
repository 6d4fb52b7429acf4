import { randomBytes } from 'node:crypto';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWK,
} from 'jose';
import { accessTokenHash } from '../tokens/dpop-proof.ts';

export interface DpopKey {
  privateKey: CryptoKey;
  publicJwk: JWK;
  jkt: string;
  /** A proof for one request; every field can be overridden to build a bad proof on purpose. */
  proof(method: string, url: string, options?: ProofOptions): Promise<string>;
}

export interface ProofOptions {
  accessToken?: string;
  iat?: number;
  jti?: string;
  ath?: string;
  typ?: string;
}

/** A client's DPoP key pair, as a test client (or the benchmark) holds it. */
export async function createDpopKey(alg: 'ES256' | 'EdDSA' = 'ES256'): Promise<DpopKey> {
  return dpopKeyFrom(await generateKeyPair(alg, { extractable: false }), alg);
}

/** The same for a key pair made elsewhere (an oauth4webapi client's). */
export async function dpopKeyFrom(
  { privateKey, publicKey }: { privateKey: CryptoKey; publicKey: CryptoKey },
  alg: 'ES256' | 'EdDSA' = 'ES256',
): Promise<DpopKey> {
  const publicJwk = await exportJWK(publicKey);
  const jkt = await calculateJwkThumbprint(publicJwk, 'sha256');
  return {
    privateKey,
    publicJwk,
    jkt,
    async proof(method, url, options = {}) {
      const ath =
        options.ath ??
        (options.accessToken === undefined ? undefined : accessTokenHash(options.accessToken));
      return new SignJWT({ htm: method, htu: url, ...(ath === undefined ? {} : { ath }) })
        .setProtectedHeader({ alg, typ: options.typ ?? 'dpop+jwt', jwk: publicJwk })
        .setJti(options.jti ?? randomBytes(16).toString('base64url'))
        .setIssuedAt(options.iat ?? Math.floor(Date.now() / 1000))
        .sign(privateKey);
    },
  };
}
