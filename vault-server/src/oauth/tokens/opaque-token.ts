import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random, URL-safe secret (codes, refresh tokens, request ids, CSRF tokens): 256 bits by default. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Secrets are stored as hashes only, so a copy of the database hands out no live token. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('base64url');

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
