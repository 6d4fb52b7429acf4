import { createHash } from 'node:crypto';
import type { SigningKeys } from '../keys/signing-keys.ts';
import {
  verifyAccessToken,
  type AccessTokenClaims,
  type VerifyAccessTokenOptions,
} from './access-token.ts';

/**
 * Remembers access tokens whose signature and claims were verified, until they expire: a site sends
 * the same token with every request for minutes, and an ES256 verification through WebCrypto costs
 * more than the rest of a record read. The key is the token's hash plus the expected issuer and
 * audience, so a changed token or another resource is verified in full. Revocation is unaffected:
 * the grant is checked on every request.
 */
export class AccessTokenVerifier {
  private readonly cache = new Map<string, AccessTokenClaims>();

  constructor(
    private readonly keys: SigningKeys,
    private readonly maxEntries = 10_000,
  ) {}

  async verify(token: string, options: VerifyAccessTokenOptions): Promise<AccessTokenClaims> {
    const key = `${createHash('sha256').update(token).digest('base64url')}|${options.issuer}|${options.audience ?? ''}`;
    const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
    const cached = this.cache.get(key);
    if (cached && cached.exp > now) return cached;
    if (cached) this.cache.delete(key);
    const claims = await verifyAccessToken(this.keys, token, options);
    if (this.cache.size >= this.maxEntries) {
      // Oldest first: Map iterates in insertion order.
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(key, claims);
    return claims;
  }
}
