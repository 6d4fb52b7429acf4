import type { OAuthDeps } from '../oauth-deps.ts';
import { hashToken, randomToken } from '../tokens/opaque-token.ts';
import type { AuthorizationRequest } from './authorization-request.ts';

/** A one-time code for the approved grant, bound to the redirect URI, the PKCE challenge and (if asked) a DPoP key. */
export async function issueAuthorizationCode(
  deps: OAuthDeps,
  grantId: string,
  request: AuthorizationRequest,
): Promise<string> {
  const code = randomToken();
  await deps.store.putCode({
    codeHash: hashToken(code),
    grantId,
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
    dpopJkt: request.dpopJkt ?? null,
    expiresAt: new Date(Date.now() + deps.config.authorizationCodeSeconds * 1000).toISOString(),
    usedAt: null,
  });
  return code;
}
