import { extensionClientId } from '../clients/extension-client.ts';
import { isActive } from '../grants/grant-service.ts';
import type { OAuthDeps, OwnerSession } from '../oauth-deps.ts';

/**
 * Whether the vault may send this signed-in person to the redirect URI without asking, with an error
 * (RFC 9700 §4.11.2: only to a redirect URI the authorization server trusts). Anyone can publish a
 * client document listing any page, so a listed URI proves nothing. Trusted are: the extension's
 * callback (a page of the vault itself), and the redirect URI through which this person approved this
 * client in a grant that still works (revoked or expired: no longer). Everyone else is shown the
 * vault's page with a link back.
 */
export async function trustsRedirect(
  deps: Pick<OAuthDeps, 'config' | 'store'>,
  owner: OwnerSession,
  clientId: string,
  redirectUri: string,
): Promise<boolean> {
  if (clientId === extensionClientId(deps.config.issuer)) return true;
  const grants = await deps.store.listGrants(owner.podName);
  return grants.some(
    (grant) => isActive(grant) && grant.clientId === clientId && grant.redirectUri === redirectUri,
  );
}
