import type { Request, RequestHandler, Response } from 'express';
import { VerwonderError, type DataCategoryId, type Purpose, type Scope } from '@verwonder/shared';
import { routeLabel } from '../../audit/route-label.ts';
import { sendProblem } from '../../http/problem.ts';
import { isActive } from '../grants/grant-service.ts';
import type { OAuthDeps } from '../oauth-deps.ts';
import { podStorage, podWebId } from '../oauth-config.ts';
import { publicUrlOf } from '../server/oauth-http.ts';
import type { OAuthGrant } from '../store/oauth-store.ts';
import { AccessTokenVerifier } from '../tokens/access-token-cache.ts';
import { DPOP_ALGORITHMS, verifyDpopProof } from '../tokens/dpop-proof.ts';

/** What a verified token lets the request do; set on `res.locals.tokenAccess`. */
export interface TokenAccess {
  pod: string;
  clientId: string;
  grant: OAuthGrant;
  /** The token's scopes that the grant still holds. */
  scopes: Scope[];
  purpose: Purpose;
  jti: string;
}

export function tokenAccessOf(res: Response): TokenAccess | undefined {
  const value: unknown = res.locals.tokenAccess;
  return value && typeof value === 'object' ? (value as TokenAccess) : undefined;
}

/**
 * Logs a refused token use in the pod's audit log (rate-limited there). A failure to log is only
 * reported: the request is refused either way.
 */
export async function refused(
  deps: Pick<OAuthDeps, 'refusals' | 'logger'>,
  req: Request,
  pod: string,
  who: { clientId: string; grantId: string; purpose?: Purpose | undefined },
  reason: string,
  category?: DataCategoryId,
): Promise<void> {
  try {
    await deps.refusals(pod, {
      actor: { type: 'client', clientId: who.clientId, grantId: who.grantId },
      purpose: who.purpose,
      category,
      detail: `${routeLabel(req, pod)}: ${reason}`,
    });
  } catch (error) {
    deps.logger?.warn({ err: error, pod }, 'a refusal could not be logged');
  }
}

/** RFC 9449 §7.1 / RFC 6750 §3: the challenge names the scheme, the error and the accepted algorithms. */
export function sendTokenProblem(res: Response, error: VerwonderError, path: string): void {
  const code =
    error.code === 'invalid_dpop_proof' || error.code === 'insufficient_scope'
      ? error.code
      : 'invalid_token';
  const description = error.message.replace(/["\\]/g, '');
  res.set(
    'WWW-Authenticate',
    `DPoP error="${code}", error_description="${description}", algs="${DPOP_ALGORITHMS.join(' ')}"`,
  );
  sendProblem(res, error, path);
}

/**
 * Resource-server check of every request made with a token: an ES256 access token from this issuer
 * for this very pod, a fresh DPoP proof by the key the token is bound to, for this method and URL,
 * and a grant that still holds. The grant is read from the store on every request, so a revocation
 * stops the very next request, whatever the token's expiry.
 */
export function requireAccessToken(
  deps: OAuthDeps,
  podOf: (req: Request) => string = (req) => String(req.params.pod),
): RequestHandler {
  const { config, store, keys } = deps;
  const tokens = new AccessTokenVerifier(keys);
  return async (req, res, next) => {
    try {
      res.locals.tokenAccess = await verifyRequest(req);
      next();
    } catch (error) {
      if (!VerwonderError.is(error)) return next(error);
      sendTokenProblem(res, error, req.path);
    }
  };

  async function verifyRequest(req: Request): Promise<TokenAccess> {
    const pod = podOf(req);
    const [scheme, token, ...rest] = (req.get('authorization') ?? '').split(' ');
    if (!scheme) throw new VerwonderError('invalid_token', 'an access token is required');
    if (scheme.toLowerCase() !== 'dpop' || !token || rest.length > 0) {
      throw new VerwonderError(
        'invalid_token',
        'send the access token as "Authorization: DPoP <token>" with a DPoP proof',
      );
    }
    const claims = await tokens.verify(token, {
      issuer: config.issuer,
      audience: podStorage(config.issuer, pod),
    });
    if (claims.sub !== podWebId(config.issuer, pod))
      throw new VerwonderError('invalid_token', 'the access token is for another pod');
    const proof = await verifyDpopProof(
      req.get('dpop'),
      { method: req.method, url: publicUrlOf(config.issuer, req), accessToken: token },
      {
        maxAgeSeconds: config.dpopMaxAgeSeconds,
        clockSkewSeconds: config.dpopClockSkewSeconds,
        remember: (id, expiresAt) => deps.proofs.remember(id, expiresAt),
      },
    );
    if (proof.jkt !== claims.cnf.jkt) {
      // A valid token of this pod shown with someone else's key: likely stolen, so the owner hears of it.
      await refused(
        deps,
        req,
        pod,
        { clientId: claims.client_id, grantId: claims.gid },
        'DPoP proof by another key',
      );
      throw new VerwonderError(
        'invalid_dpop_proof',
        'the DPoP proof is signed by another key than the token is bound to',
      );
    }
    const state = await store.tokenState(claims.gid, claims.jti);
    const grant = state.grant;
    if (!grant || grant.pod !== pod || grant.clientId !== claims.client_id)
      throw new VerwonderError('invalid_token', 'the access token has no grant for this pod');
    if (state.revoked || !isActive(grant)) {
      await refused(
        deps,
        req,
        pod,
        {
          clientId: grant.clientId,
          grantId: grant.id,
          ...(grant.damaged ? {} : { purpose: grant.purpose }),
        },
        'grant or token revoked or ended',
      );
      throw new VerwonderError('invalid_token', 'the grant or token was revoked or has ended');
    }
    return {
      pod,
      clientId: grant.clientId,
      grant,
      scopes: claims.scopes.filter((scope) => grant.scopes.includes(scope)),
      purpose: grant.purpose,
      jti: claims.jti,
    };
  }
}
