import { Router } from 'express';
import { VerwonderError, formatScopeString } from '@verwonder/shared';
import { isActive, revokeGrant } from '../grants/grant-service.ts';
import type { OAuthDeps } from '../oauth-deps.ts';
import { verifyAccessToken, type AccessTokenClaims } from '../tokens/access-token.ts';
import { hashToken } from '../tokens/opaque-token.ts';
import { grantedDetails, param } from './authorization-request.ts';
import { formBody, noStore, requireForm, sendOAuthError } from './oauth-http.ts';

/** Revocation (RFC 7009) and introspection (RFC 7662); a public client may ask only about its own tokens. */
export function revocationEndpoints(deps: OAuthDeps): Router {
  const router = Router();
  const { config, store } = deps;

  const request = (body: Record<string, unknown>) => {
    const clientId = param(body, 'client_id');
    if (!clientId) throw new VerwonderError('invalid_client', 'client_id is required');
    const token = param(body, 'token');
    if (!token) throw new VerwonderError('invalid_request', 'token is required');
    return { clientId, token };
  };

  const accessClaims = async (token: string): Promise<AccessTokenClaims | undefined> => {
    if (token.split('.').length !== 3) return undefined;
    return verifyAccessToken(deps.keys, token, { issuer: config.issuer }).catch(() => undefined);
  };

  router.post('/oauth/revoke', formBody, async (req, res) => {
    try {
      const { clientId, token } = request(requireForm(req));
      const refresh = await store.getRefreshToken(hashToken(token));
      if (refresh) {
        // Revoking a refresh token ends the grant it belongs to, with all its access tokens (RFC 7009 §2.1).
        const grant = await store.getGrant(refresh.grantId);
        if (grant && grant.clientId === clientId) await revokeGrant(deps, grant, 'client');
      } else {
        const claims = await accessClaims(token);
        if (claims && claims.client_id === clientId)
          await store.revokeAccessToken(
            claims.jti,
            claims.gid,
            new Date(claims.exp * 1000).toISOString(),
          );
      }
      // Unknown and foreign tokens get the same answer: revocation reveals nothing.
      noStore(res);
      res.status(200).end();
    } catch (error) {
      sendOAuthError(res, error);
    }
  });

  router.post('/oauth/introspect', formBody, async (req, res) => {
    try {
      const { clientId, token } = request(requireForm(req));
      noStore(res);
      const inactive = { active: false };
      const claims = await accessClaims(token);
      if (claims) {
        const state = await store.tokenState(claims.gid, claims.jti);
        if (
          claims.client_id !== clientId ||
          !state.grant ||
          state.revoked ||
          !isActive(state.grant)
        )
          return void res.json(inactive);
        res.json({
          active: true,
          token_type: 'DPoP',
          scope: formatScopeString(claims.scopes),
          client_id: claims.client_id,
          sub: claims.sub,
          aud: claims.aud,
          iss: claims.iss,
          exp: claims.exp,
          iat: claims.iat,
          nbf: claims.nbf,
          jti: claims.jti,
          cnf: claims.cnf,
          purpose: claims.purpose,
          authorization_details: grantedDetails(state.grant),
        });
        return;
      }
      const refresh = await store.getRefreshToken(hashToken(token));
      const grant = refresh ? await store.getGrant(refresh.grantId) : undefined;
      if (
        !refresh ||
        !grant ||
        grant.clientId !== clientId ||
        refresh.usedAt !== null ||
        refresh.expiresAt <= new Date().toISOString() ||
        !isActive(grant)
      ) {
        return void res.json(inactive);
      }
      res.json({
        active: true,
        token_type: 'refresh_token',
        scope: formatScopeString(refresh.scopes),
        client_id: grant.clientId,
        sub: grant.webId,
        exp: Math.floor(Date.parse(refresh.expiresAt) / 1000),
        cnf: { jkt: refresh.jkt },
        purpose: grant.purpose,
        authorization_details: grantedDetails(grant),
      });
    } catch (error) {
      sendOAuthError(res, error);
    }
  });

  return router;
}
