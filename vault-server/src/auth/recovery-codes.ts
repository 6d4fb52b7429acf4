import { randomBytes } from 'node:crypto';
import { sha256 } from './sessions.ts';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no look-alikes (i, l, o, 0, 1)
export const RECOVERY_CODE_COUNT = 10;

/** Ten one-time codes like `k7dm-2xq9-hv4p`; shown once, stored as SHA-256 (they carry 60 bits of entropy). */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(12);
    const chars = [...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

/** Codes are compared case- and separator-insensitively. */
export const hashRecoveryCode = (code: string): string =>
  sha256(`verwonder-recovery|${code.toLowerCase().replace(/[^a-z0-9]/g, '')}`);
