import { base64url, randomToken, sha256 } from './base64url.ts';

/** RFC 7636 with S256 (the vault accepts nothing else): a 43-character verifier and its challenge. */
export async function newPkce(): Promise<{ verifier: string; challenge: string }> {
  const verifier = randomToken(32);
  return { verifier, challenge: base64url(await sha256(verifier)) };
}
