/**
 * The vault the person typed is the only party pairing talks to (RFC 8414 §3.3, RFC 9207's mix-up
 * defence): its metadata must name that very address as the issuer, and every endpoint the
 * extension uses, the pod and the WebID must be on the issuer's origin. Otherwise the code, the PKCE
 * verifier, the tokens or the person's records could go to another server.
 */
import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';

import { ISSUER_MISMATCH } from './pairing-status.ts';

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

const mismatch = (what: string) =>
  new VerwonderError('invalid_request', ISSUER_MISMATCH, { details: { what } });

/** Throws unless `url` is on the issuer's origin (a path under it, never another host or port). */
export function requireOnIssuer(issuer: string, url: string | undefined, what: string): void {
  if (url !== undefined && originOf(url) !== originOf(issuer)) throw mismatch(what);
}

/**
 * The issuer of the vault at `typed`: the metadata (fetched from the typed address's origin) must
 * name that origin, and its endpoints must be on it. Returns the issuer without a trailing slash.
 */
export function vaultIssuerOf(
  typed: string,
  metadata: {
    issuer: string;
    authorization_endpoint: string;
    token_endpoint: string;
    revocation_endpoint?: string | undefined;
    pushed_authorization_request_endpoint?: string | undefined;
  },
): string {
  const issuer = metadata.issuer.replace(/\/+$/, '');
  // The metadata was fetched from the typed address's origin, so that is the issuer it must name.
  if (issuer !== new URL(typed).origin) throw mismatch('issuer');
  requireOnIssuer(issuer, metadata.authorization_endpoint, 'authorization_endpoint');
  requireOnIssuer(issuer, metadata.token_endpoint, 'token_endpoint');
  requireOnIssuer(issuer, metadata.revocation_endpoint, 'revocation_endpoint');
  requireOnIssuer(
    issuer,
    metadata.pushed_authorization_request_endpoint,
    'pushed_authorization_request_endpoint',
  );
  return issuer;
}
