/** base64url without padding (RFC 4648 §5), as JOSE and PKCE want it. */
export function base64url(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (const byte of view) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export const base64urlText = (text: string): string => base64url(new TextEncoder().encode(text));

export async function sha256(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
}

/** `n` random bytes as base64url: state, PKCE verifiers, proof ids. */
export const randomToken = (n = 32): string => base64url(crypto.getRandomValues(new Uint8Array(n)));
