import { createHash } from 'node:crypto';
import { VerwonderError } from '@verwonder/shared';
import { calculateJwkThumbprint, decodeProtectedHeader, EmbeddedJWK, jwtVerify, type JWK } from 'jose';
import { z } from 'zod';

/** Asymmetric algorithms only; a DPoP key is the client's, so a shared secret makes no sense. */
export const DPOP_ALGORITHMS = ['ES256', 'EdDSA', 'Ed25519'] as const;

export interface DpopRequest {
  method: string;
  /** The URL the request was sent to, as the client saw it (the vault's public origin + path). */
  url: string;
  /** The access token the request carries; the proof must hash it (`ath`). */
  accessToken?: string | undefined;
}

export interface DpopOptions {
  maxAgeSeconds: number;
  clockSkewSeconds: number;
  /** Records a proof id until the given time; false when it was seen before. */
  remember: (id: string, expiresAt: string) => Promise<boolean>;
  now?: Date;
}

export interface VerifiedDpopProof {
  /** RFC 7638 thumbprint of the proof's key: what `cnf.jkt` binds a token to. */
  jkt: string;
  jti: string;
}

const Claims = z.object({
  jti: z.string().min(8).max(200),
  htm: z.string().min(1).max(16),
  htu: z.string().min(1).max(4000),
  iat: z.number().int(),
  ath: z.string().max(100).optional(),
});

const refuse = (message: string, cause?: unknown): VerwonderError =>
  new VerwonderError('invalid_dpop_proof', message, cause === undefined ? {} : { cause });

/** `htu` is compared without query and fragment (RFC 9449 §4.3), after URL normalisation. */
export function normaliseHtu(value: string): string | undefined {
  try {
    const url = new URL(value);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return undefined;
  }
}

export const accessTokenHash = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** Verifies a DPoP proof JWT (RFC 9449 §4.3) and returns the key thumbprint it proves possession of. */
export async function verifyDpopProof(header: string | undefined, request: DpopRequest, options: DpopOptions): Promise<VerifiedDpopProof> {
  if (!header) throw refuse('a DPoP proof is required');
  // Node joins repeated headers with ", "; a compact JWT has no comma, so a comma means two proofs.
  if (header.includes(',')) throw refuse('exactly one DPoP proof is allowed');
  let protectedHeader: ReturnType<typeof decodeProtectedHeader>;
  try {
    protectedHeader = decodeProtectedHeader(header);
  } catch (cause) {
    throw refuse('the DPoP proof is not a JWT', cause);
  }
  if (protectedHeader.typ !== 'dpop+jwt') throw refuse('the DPoP proof must have typ dpop+jwt');
  if (!DPOP_ALGORITHMS.includes(protectedHeader.alg as (typeof DPOP_ALGORITHMS)[number])) throw refuse(`DPoP proofs signed with ${String(protectedHeader.alg)} are not accepted`);
  const jwk = protectedHeader.jwk;
  if (!jwk || typeof jwk !== 'object' || 'd' in jwk) throw refuse('the DPoP proof must carry a public jwk');

  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(header, EmbeddedJWK, { typ: 'dpop+jwt', algorithms: [...DPOP_ALGORITHMS] }));
  } catch (cause) {
    throw refuse('the DPoP proof signature does not verify', cause);
  }
  const claims = Claims.safeParse(payload);
  if (!claims.success) throw refuse('the DPoP proof lacks jti, htm, htu or iat');
  const { jti, htm, htu, iat, ath } = claims.data;

  if (htm !== request.method.toUpperCase()) throw refuse('the DPoP proof was made for another HTTP method');
  const expected = normaliseHtu(request.url);
  if (expected === undefined || normaliseHtu(htu) !== expected) throw refuse('the DPoP proof was made for another URL');

  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (iat < now - options.maxAgeSeconds) throw refuse('the DPoP proof is too old');
  if (iat > now + options.clockSkewSeconds) throw refuse('the DPoP proof is issued in the future');

  if (request.accessToken !== undefined) {
    if (ath === undefined) throw refuse('the DPoP proof must hash the access token (ath)');
    if (ath !== accessTokenHash(request.accessToken)) throw refuse('the DPoP proof was made for another access token');
  }

  const jkt = await calculateJwkThumbprint(jwk as JWK, 'sha256');
  // Checked last, so that refused proofs do not fill the replay cache.
  const expiresAt = new Date((iat + options.maxAgeSeconds + options.clockSkewSeconds) * 1000).toISOString();
  if (!(await options.remember(hashId(jkt, jti), expiresAt))) throw refuse('this DPoP proof was used before');
  return { jkt, jti };
}

/** Proof ids are per key; hashing keeps the cache key short and uniform. */
const hashId = (jkt: string, jti: string): string => createHash('sha256').update(`${jkt}|${jti}`).digest('base64url');
