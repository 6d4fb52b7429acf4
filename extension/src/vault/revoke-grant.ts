/**
 * Ends a session's grant at the vault (RFC 7009: revoking the refresh token ends the whole grant;
 * without one, the access token). False when the vault cannot be reached or refuses.
 */
import { ServerMetadataSchema, type VaultSession } from './pairing-state.ts';

export async function revokeGrant(
  fetcher: typeof fetch,
  session: Pick<VaultSession, 'issuer' | 'clientId' | 'accessToken' | 'refreshToken'>,
): Promise<boolean> {
  const response = await fetcher(
    new URL('/.well-known/oauth-authorization-server', session.issuer),
    { headers: { accept: 'application/json' } },
  );
  if (!response.ok) return false;
  const metadata = ServerMetadataSchema.parse(await response.json());
  // Only an endpoint of the vault we paired with gets the token.
  if (!metadata.revocation_endpoint?.startsWith(`${session.issuer}/`)) return false;
  const revoke = await fetcher(metadata.revocation_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      token: session.refreshToken ?? session.accessToken,
      token_type_hint: session.refreshToken ? 'refresh_token' : 'access_token',
      client_id: session.clientId,
    }).toString(),
  });
  await revoke.body?.cancel();
  return revoke.ok;
}
