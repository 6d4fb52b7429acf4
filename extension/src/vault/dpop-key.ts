/**
 * The extension's DPoP key (RFC 9449): an ECDSA P-256 pair made by WebCrypto with a private key that
 * cannot be exported, kept as a CryptoKey in IndexedDB. Every token the vault gives is bound to it.
 */
import { base64url, base64urlText, randomToken, sha256 } from './base64url.ts';

export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

export async function generateDpopKey(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ]);
}

export async function publicJwk(pair: CryptoKeyPair): Promise<PublicJwk> {
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y)
    throw new TypeError('not a P-256 public key');
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

/** RFC 7638 thumbprint (the members in lexicographic order): the `dpop_jkt` of the request. */
export async function jwkThumbprint(jwk: PublicJwk): Promise<string> {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return base64url(await sha256(canonical));
}

/** A DPoP proof for one request; `accessToken` adds `ath` (required at resources). */
export async function dpopProof(
  pair: CryptoKeyPair,
  method: string,
  url: string,
  accessToken?: string,
): Promise<string> {
  const target = new URL(url);
  const header = { typ: 'dpop+jwt', alg: 'ES256', jwk: await publicJwk(pair) };
  const payload = {
    jti: randomToken(16),
    htm: method,
    // htu is compared without query and fragment.
    htu: `${target.origin}${target.pathname}`,
    iat: Math.floor(Date.now() / 1000),
    ...(accessToken ? { ath: base64url(await sha256(accessToken)) } : {}),
  };
  const input = `${base64urlText(JSON.stringify(header))}.${base64urlText(JSON.stringify(payload))}`;
  // WebCrypto's ECDSA signature is r || s, exactly the JWS ES256 form.
  const signature = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    pair.privateKey,
    new TextEncoder().encode(input),
  );
  return `${input}.${base64url(signature)}`;
}
