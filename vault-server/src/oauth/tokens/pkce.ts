import { createHash } from 'node:crypto';
import { VerwonderError } from '@verwonder/shared';
import { constantTimeEqual } from './opaque-token.ts';

/** RFC 7636 §4.1: 43 to 128 unreserved characters. */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
/** An S256 challenge is a base64url SHA-256: exactly 43 characters. */
const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

export const s256 = (verifier: string): string =>
  createHash('sha256').update(verifier).digest('base64url');

/** Only S256: `plain` would hand the challenge's secret to anyone who sees the authorization request. */
export function checkPkceChallenge(
  challenge: string | undefined,
  method: string | undefined,
): string {
  if (method !== 'S256')
    throw new VerwonderError('invalid_request', 'code_challenge_method must be S256');
  if (!challenge || !CHALLENGE.test(challenge))
    throw new VerwonderError(
      'invalid_request',
      'code_challenge must be a base64url SHA-256 (43 characters)',
    );
  return challenge;
}

export function verifyPkce(verifier: string | undefined, challenge: string): void {
  if (!verifier || !VERIFIER.test(verifier))
    throw new VerwonderError('invalid_grant', 'code_verifier is missing or malformed');
  if (!constantTimeEqual(s256(verifier), challenge))
    throw new VerwonderError('invalid_grant', 'code_verifier does not match the code_challenge');
}
