import { Buffer } from 'node:buffer';
import { sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import type { SealedShare } from './hpke-envelope.ts';

/**
 * How a vault signs an upload for one aggregator: ES256 (P-256, SHA-256, the 64-byte r‖s form of
 * JWS) over the report's fields that aggregator sees and its own sealed share, with the vault's key
 * id and the person's pseudonym for that aggregator and week. The pseudonym is an HMAC under a vault
 * secret of (aggregator, week, pod): each aggregator can refuse a second report of one person in a
 * week, yet neither can link a person's reports across weeks, nor join its pseudonyms with the
 * other aggregator's.
 */
export const UploadAuth = z
  .object({
    /** The RFC 7638 thumbprint of the vault's public upload key. */
    kid: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
    pseudonym: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
    signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/),
  })
  .strict();
export type UploadAuth = z.infer<typeof UploadAuth>;

export interface SignedFields {
  reportId: string;
  batch: string;
  nonce: string;
  publicShare: string[];
  /** The share sealed for this aggregator. */
  share: SealedShare;
}

function signingInput(
  role: 'leader' | 'helper',
  fields: SignedFields,
  auth: Pick<UploadAuth, 'kid' | 'pseudonym'>,
): Buffer {
  return Buffer.from(
    JSON.stringify([
      'verwonder-insight-upload-v1',
      role,
      auth.kid,
      auth.pseudonym,
      fields.reportId,
      fields.batch,
      fields.nonce,
      fields.publicShare,
      fields.share.enc,
      fields.share.ct,
    ]),
  );
}

export function signUpload(
  privateKey: KeyObject,
  role: 'leader' | 'helper',
  fields: SignedFields,
  auth: Pick<UploadAuth, 'kid' | 'pseudonym'>,
): UploadAuth {
  const signature = sign('sha256', signingInput(role, fields, auth), {
    key: privateKey,
    dsaEncoding: 'ieee-p1363',
  });
  return { ...auth, signature: signature.toString('base64url') };
}

export function verifyUpload(
  publicKey: KeyObject,
  role: 'leader' | 'helper',
  fields: SignedFields,
  auth: UploadAuth,
): boolean {
  try {
    return verify(
      'sha256',
      signingInput(role, fields, auth),
      { key: publicKey, dsaEncoding: 'ieee-p1363' },
      Buffer.from(auth.signature, 'base64url'),
    );
  } catch {
    return false;
  }
}
