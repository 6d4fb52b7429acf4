import type { VerwonderError } from '@verwonder/shared';
import { describe, expect, it } from 'vitest';
import { checkPkceChallenge, s256, verifyPkce } from './pkce.ts';

// RFC 7636 appendix B.
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('PKCE', () => {
  it('computes S256 as in RFC 7636 appendix B and accepts the matching verifier', () => {
    expect(s256(VERIFIER)).toBe(CHALLENGE);
    expect(() => verifyPkce(VERIFIER, CHALLENGE)).not.toThrow();
  });

  it('refuses a wrong verifier', () => {
    expect(() => verifyPkce(`${VERIFIER.slice(0, -1)}A`, CHALLENGE)).toThrow(
      expect.objectContaining({ code: 'invalid_grant' }) as VerwonderError,
    );
  });

  it('refuses a missing or too short verifier', () => {
    expect(() => verifyPkce(undefined, CHALLENGE)).toThrow(/missing/);
    expect(() => verifyPkce('short', CHALLENGE)).toThrow(/malformed/);
  });

  it('accepts only S256 challenges', () => {
    expect(checkPkceChallenge(CHALLENGE, 'S256')).toBe(CHALLENGE);
    expect(() => checkPkceChallenge(VERIFIER, 'plain')).toThrow(/S256/);
    expect(() => checkPkceChallenge(CHALLENGE, undefined)).toThrow(/S256/);
    expect(() => checkPkceChallenge(undefined, 'S256')).toThrow(/code_challenge/);
  });
});
