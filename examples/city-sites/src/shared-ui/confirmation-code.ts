import { randomBytes } from 'node:crypto';

/** A human-readable reference such as "R-7K2Q9X" for confirmations (no ambiguous 0/O, 1/I). */
export function confirmationCode(prefix: string): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const bytes = randomBytes(6);
  let code = '';
  for (const b of bytes) code += alphabet[b % alphabet.length];
  return `${prefix}-${code}`;
}
