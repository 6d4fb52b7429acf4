import { createHash, randomBytes } from 'node:crypto';

/**
 * A human-readable reference such as "R-7K2Q9X" for confirmations (no ambiguous 0/O, 1/I). With a
 * seed (a form's one-time token) the same form sent twice shows the same number.
 */
export function confirmationCode(prefix: string, seed?: string): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const bytes = seed ? createHash('sha256').update(seed).digest().subarray(0, 6) : randomBytes(6);
  let code = '';
  for (const b of bytes) code += alphabet[b % alphabet.length];
  return `${prefix}-${code}`;
}
