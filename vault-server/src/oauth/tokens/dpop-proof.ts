import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { VerwonderError } from '@verwonder/shared';
import { calculateJwkThumbprint, decodeProtectedHeader, type JWK } from 'jose';
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

export const accessTokenHash = (token: string): string =>
  createHash('sha256').update(token).digest('base64url');

/** Verifies a DPoP proof JWT (RFC 9449 §4.3) and returns the key thumbprint it proves possession of. */
export async function verifyDpopProof(
  header: string | undefined,
  request: DpopRequest,
  options: DpopOptions,
): Promise<VerifiedDpopProof> {
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
  if (!DPOP_ALGORITHMS.includes(protectedHeader.alg as (typeof DPOP_ALGORITHMS)[number]))
    // The client's `alg` is not quoted back: this message ends up in a WWW-Authenticate header.
    throw refuse(`DPoP proofs must be signed with ${DPOP_ALGORITHMS.join(', ')}`);
  if (protectedHeader.crit !== undefined || protectedHeader.b64 !== undefined)
    throw refuse('the DPoP proof uses header parameters this server does not process');
  const key = await publicKeyOf(protectedHeader.jwk, protectedHeader.alg);
  const [encodedHeader, encodedPayload, signature, ...extra] = header.split('.');
  if (extra.length > 0 || !encodedHeader || !encodedPayload || !signature)
    throw refuse('the DPoP proof is not a compact JWS');
  if (
    !(await verifySignature(
      protectedHeader.alg,
      `${encodedHeader}.${encodedPayload}`,
      signature,
      key.keyObject,
    ))
  )
    throw refuse('the DPoP proof signature does not verify');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(encodedPayload, 'base64url').toString('utf8'));
  } catch (cause) {
    throw refuse('the DPoP proof payload is not JSON', cause);
  }
  const claims = Claims.safeParse(payload);
  if (!claims.success) throw refuse('the DPoP proof lacks jti, htm, htu or iat');
  const { jti, htm, htu, iat, ath } = claims.data;

  if (htm !== request.method.toUpperCase())
    throw refuse('the DPoP proof was made for another HTTP method');
  const expected = normaliseHtu(request.url);
  if (expected === undefined || normaliseHtu(htu) !== expected)
    throw refuse('the DPoP proof was made for another URL');

  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (iat < now - options.maxAgeSeconds) throw refuse('the DPoP proof is too old');
  if (iat > now + options.clockSkewSeconds) throw refuse('the DPoP proof is issued in the future');

  if (request.accessToken !== undefined) {
    if (ath === undefined) throw refuse('the DPoP proof must hash the access token (ath)');
    if (ath !== accessTokenHash(request.accessToken))
      throw refuse('the DPoP proof was made for another access token');
  }

  const jkt = key.jkt;
  // Checked last, so that refused proofs do not fill the replay cache.
  const expiresAt = new Date(
    (iat + options.maxAgeSeconds + options.clockSkewSeconds) * 1000,
  ).toISOString();
  if (!(await options.remember(hashId(jkt, jti), expiresAt)))
    throw refuse('this DPoP proof was used before');
  return { jkt, jti };
}

const PublicJwk = z.union([
  z.object({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string().length(43),
    y: z.string().length(43),
  }),
  z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string().length(43) }),
]);

interface ProofKey {
  keyObject: KeyObject;
  jkt: string;
}

/**
 * A client uses the same DPoP key for every request: its imported form and thumbprint are kept (in a
 * bounded map). Verification then runs in node:crypto, several times faster than WebCrypto.
 */
const keys = new Map<string, ProofKey>();
const MAX_KEYS = 10_000;

async function publicKeyOf(jwk: unknown, alg: string | undefined): Promise<ProofKey> {
  if (!jwk || typeof jwk !== 'object' || 'd' in jwk)
    throw refuse('the DPoP proof must carry a public jwk');
  const parsed = PublicJwk.safeParse(jwk);
  if (!parsed.success) throw refuse('the DPoP proof key must be a P-256 or Ed25519 public key');
  if ((parsed.data.kty === 'EC') !== (alg === 'ES256'))
    throw refuse('the DPoP proof key does not fit its algorithm');
  const id = JSON.stringify(parsed.data);
  let key = keys.get(id);
  if (!key) {
    try {
      key = {
        keyObject: createPublicKey({ key: parsed.data, format: 'jwk' }),
        jkt: await calculateJwkThumbprint(parsed.data as JWK, 'sha256'),
      };
    } catch (cause) {
      throw refuse('the DPoP proof key is not a valid public key', cause);
    }
    if (keys.size >= MAX_KEYS) keys.delete(keys.keys().next().value!);
    keys.set(id, key);
  }
  return key;
}

/**
 * ES256 signatures are the 64-byte r‖s form (RFC 7518 §3.4); Ed25519 signs the input itself. Verified
 * on libuv's thread pool (node:crypto with a callback): the check is the costliest step of a token
 * read, and off the event loop it runs beside other requests on the machine's other cores.
 */
function verifySignature(
  alg: string | undefined,
  input: string,
  signature: string,
  key: KeyObject,
): Promise<boolean> {
  const bytes = Buffer.from(signature, 'base64url');
  if (bytes.length !== 64) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      const done = (error: Error | null, valid: boolean) => resolve(!error && valid);
      if (alg === 'ES256')
        verify('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }, bytes, done);
      else verify(null, Buffer.from(input), key, bytes, done);
    } catch {
      resolve(false);
    }
  });
}

/** Proof ids are per key; hashing keeps the cache key short and uniform. */
const hashId = (jkt: string, jti: string): string =>
  createHash('sha256').update(`${jkt}|${jti}`).digest('base64url');
