import { Router, type Request } from 'express';
import { VerwonderError, formatScopeString, parseScopeString, type Scope } from '@verwonder/shared';
import { atomically, isActive, revokeGrant } from '../grants/grant-service.ts';
import type { OAuthDeps } from '../oauth-deps.ts';
import { podStorage } from '../oauth-config.ts';
import type { OAuthGrant, OAuthStore, RefreshTokenRow, Use } from '../store/oauth-store.ts';
import { issueAccessToken } from '../tokens/access-token.ts';
import { verifyDpopProof } from '../tokens/dpop-proof.ts';
import { hashToken, randomToken } from '../tokens/opaque-token.ts';
import { verifyPkce } from '../tokens/pkce.ts';
import { grantedDetails, param, type RawParams } from './authorization-request.ts';
import { formBody, noStore, publicUrlOf, requireForm, sendOAuthError } from './oauth-http.ts';

const invalidGrant = (message: string) => new VerwonderError('invalid_grant', message);

/** A token request may narrow the scopes, never widen them (scope escalation is refused). */
function narrowScopes(raw: RawParams, granted: readonly Scope[]): Scope[] {
  const asked = param(raw, 'scope');
  if (asked === undefined) return [...granted];
  const scopes = parseScopeString(asked);
  if (scopes.length === 0) throw new VerwonderError('invalid_scope', 'scope is empty');
  const extra = scopes.filter((scope) => !granted.includes(scope));
  if (extra.length > 0)
    throw new VerwonderError('invalid_scope', `not granted: ${extra.join(' ')}`);
  return scopes;
}

/** The token endpoint (RFC 6749 §3.2, OAuth 2.1): authorization code with PKCE, refresh with rotation; DPoP always. */
export function tokenEndpoint(deps: OAuthDeps): Router {
  const router = Router();
  const { config, store } = deps;

  /** Signs the access token and makes the refresh token: what can fail before anything is stored. */
  const prepare = async (grant: OAuthGrant, scopes: Scope[], jkt: string) => {
    const now = new Date();
    const grantLeft = Math.floor((Date.parse(grant.expiresAt) - now.getTime()) / 1000);
    const lifetimeSeconds = Math.max(1, Math.min(config.accessTokenSeconds, grantLeft));
    const access = await issueAccessToken(deps.keys, {
      issuer: config.issuer,
      webId: grant.webId,
      audience: podStorage(config.issuer, grant.pod),
      clientId: grant.clientId,
      scopes,
      purpose: grant.purpose,
      grantId: grant.id,
      jkt,
      lifetimeSeconds,
      now,
    });
    const refreshToken = randomToken();
    const refreshEnd = Math.min(
      now.getTime() + config.refreshTokenSeconds * 1000,
      Date.parse(grant.expiresAt),
    );
    const row: RefreshTokenRow = {
      tokenHash: hashToken(refreshToken),
      grantId: grant.id,
      jkt,
      scopes,
      createdAt: now.toISOString(),
      expiresAt: new Date(refreshEnd).toISOString(),
      usedAt: null,
    };
    const body = {
      access_token: access.token,
      token_type: 'DPoP',
      expires_in: lifetimeSeconds,
      refresh_token: refreshToken,
      scope: formatScopeString(scopes),
      authorization_details: grantedDetails(grant),
      // Where the pod lives, so a client needs no second lookup (Solid clients find it from the WebID).
      webid: grant.webId,
      storage: podStorage(config.issuer, grant.pod),
    };
    return { row, body };
  };

  /**
   * Uses up a code or refresh token, stores the new refresh token and writes the `token-issued` audit
   * entry in one transaction: if any of it fails (or the process dies), nothing counts, no token leaves
   * without the entry the person reads, and the client can try again with the same code or token.
   */
  const redeem = <T>(
    use: (store: OAuthStore) => Promise<Use<T> | undefined>,
    refresh: RefreshTokenRow,
    grant: OAuthGrant,
  ): Promise<Use<T> | undefined> =>
    atomically(deps, async (writers) => {
      const used = await use(writers.store);
      if (used?.firstUse) {
        await writers.store.putRefreshToken(refresh);
        await writers.audit(grant.pod, {
          actor: { type: 'client', clientId: grant.clientId, grantId: grant.id },
          action: 'token-issued',
          purpose: grant.purpose,
          detail: formatScopeString(refresh.scopes),
        });
      }
      return used;
    });

  const activeGrant = async (id: string): Promise<OAuthGrant> => {
    const grant = await store.getGrant(id);
    if (!grant || !isActive(grant)) throw invalidGrant('the grant was revoked or has ended');
    return grant;
  };

  const byCode = async (raw: RawParams, clientId: string, jkt: string) => {
    const code = param(raw, 'code');
    if (!code) throw new VerwonderError('invalid_request', 'code is required');
    const hash = hashToken(code);
    const row = await store.getCode(hash);
    if (!row) throw invalidGrant('unknown authorization code');
    // Everything only the rightful client can pass is checked before the code counts as used: a
    // request by someone who merely saw the code (a log, a Referer) must not use it up for the site.
    if (row.clientId !== clientId)
      throw invalidGrant('the authorization code was issued to another client');
    if (param(raw, 'redirect_uri') !== row.redirectUri)
      throw invalidGrant('redirect_uri does not match the authorization request');
    verifyPkce(param(raw, 'code_verifier'), row.codeChallenge);
    if (row.dpopJkt !== null && row.dpopJkt !== jkt)
      throw invalidGrant('the code is bound to another DPoP key (dpop_jkt)');
    // An expired code that never issued tokens is refused without counting as used (so not as replay).
    if (row.usedAt === null && row.expiresAt <= new Date().toISOString())
      throw invalidGrant('the authorization code has expired');
    const grant = await activeGrant(row.grantId);
    const scopes = narrowScopes(raw, grant.scopes);
    const tokens = await prepare(grant, scopes, jkt);
    // One conditional update in the database: of concurrent exchanges, in any process, one wins.
    const used = await redeem(
      (writer) => writer.useCode(hash, new Date().toISOString()),
      tokens.row,
      grant,
    );
    if (!used) throw invalidGrant('unknown authorization code');
    if (!used.firstUse) {
      // RFC 6749 §4.1.2: a code used twice, with its verifier, means it leaked; what was issued with it is revoked.
      await revokeGrant(deps, grant, 'code-replay');
      throw invalidGrant('the authorization code was already used');
    }
    return tokens.body;
  };

  const byRefreshToken = async (raw: RawParams, clientId: string, jkt: string) => {
    const token = param(raw, 'refresh_token');
    if (!token) throw new VerwonderError('invalid_request', 'refresh_token is required');
    const hash = hashToken(token);
    const row = await store.getRefreshToken(hash);
    if (!row) throw invalidGrant('unknown refresh token');
    const grant = await store.getGrant(row.grantId);
    if (!grant || grant.clientId !== clientId)
      throw invalidGrant('the refresh token was issued to another client');
    const reuse = async () => {
      // Rotation: each refresh token works once. A second use means a copy exists; end the whole grant.
      await revokeGrant(deps, grant, 'refresh-token-reuse');
      return invalidGrant('the refresh token was already used; the grant is revoked');
    };
    if (row.usedAt !== null) throw await reuse();
    if (row.jkt !== jkt) throw invalidGrant('the refresh token is bound to another DPoP key');
    if (row.expiresAt <= new Date().toISOString())
      throw invalidGrant('the refresh token has expired');
    const active = await activeGrant(row.grantId);
    const scopes = narrowScopes(
      raw,
      row.scopes.filter((scope) => active.scopes.includes(scope)),
    );
    const tokens = await prepare(active, scopes, jkt);
    const used = await redeem(
      (writer) => writer.useRefreshToken(hash, new Date().toISOString()),
      tokens.row,
      active,
    );
    if (!used?.firstUse) throw await reuse();
    return tokens.body;
  };

  router.post('/oauth/token', formBody, async (req: Request, res) => {
    try {
      const raw = requireForm(req);
      const clientId = param(raw, 'client_id');
      if (!clientId)
        throw new VerwonderError(
          'invalid_client',
          'client_id is required (public clients identify themselves)',
        );
      const grantType = param(raw, 'grant_type');
      if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
        throw new VerwonderError(
          'unsupported_grant_type',
          'use authorization_code or refresh_token',
        );
      }
      const { jkt } = await verifyDpopProof(
        req.get('dpop'),
        { method: req.method, url: publicUrlOf(config.issuer, req) },
        {
          maxAgeSeconds: config.dpopMaxAgeSeconds,
          clockSkewSeconds: config.dpopClockSkewSeconds,
          remember: (id, expiresAt) => deps.proofs.remember(id, expiresAt),
        },
      );
      const body =
        grantType === 'authorization_code'
          ? await byCode(raw, clientId, jkt)
          : await byRefreshToken(raw, clientId, jkt);
      noStore(res);
      res.json(body);
    } catch (error) {
      if (!VerwonderError.is(error) || error.status >= 500)
        deps.logger?.error({ err: error }, 'token request failed');
      sendOAuthError(res, error);
    }
  });

  return router;
}
