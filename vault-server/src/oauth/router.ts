import { Router } from 'express';
import { limitRequests } from '../http/rate-limit/limit-requests.ts';
import { tokenResourceRoutes } from './access/token-resource-routes.ts';
import { grantRoutes } from './grants/grant-routes.ts';
import type { OAuthDeps } from './oauth-deps.ts';
import { authorizeEndpoints } from './server/authorize-endpoints.ts';
import { consentEndpoints } from './server/consent-endpoints.ts';
import { extensionClientEndpoints } from './server/extension-client-endpoints.ts';
import { oauthCors } from './server/cors.ts';
import { metadataEndpoints } from './server/metadata-endpoints.ts';
import { OAUTH_CSS, OAUTH_CSS_PATH } from './server/oauth-css.ts';
import { revocationEndpoints } from './server/revocation-endpoints.ts';
import { tokenEndpoint } from './server/token-endpoint.ts';

/**
 * The authorization server (metadata, JWKS, PAR, authorize, consent, token, revocation,
 * introspection) and the owner's grants. Mount it after the security headers and before the vault's
 * own pod routes; the pods' resources as clients with a token reach them are `createTokenRouter`.
 */
export function createOAuthRouter(deps: OAuthDeps): Router {
  const router = Router();
  router.use(oauthCors());
  router.get(OAUTH_CSS_PATH, (_req, res) =>
    res
      .type('text/css')
      .set('Cache-Control', 'public, max-age=31536000, immutable')
      .send(OAUTH_CSS),
  );
  // Per client address, across vault processes: PAR, authorize, consent, token, revocation, …
  if (deps.requestLimiter)
    router.use('/oauth', limitRequests(deps.requestLimiter, 'too many requests; wait a minute'));
  router.use(metadataEndpoints(deps));
  router.use(extensionClientEndpoints(deps));
  router.use(authorizeEndpoints(deps));
  router.use(consentEndpoints(deps));
  router.use(tokenEndpoint(deps));
  router.use(revocationEndpoints(deps));
  router.use(grantRoutes(deps));
  return router;
}

/**
 * The pods' resources as clients with a token reach them (requests to `/pods/…` with an
 * Authorization header), with their CORS headers. They need none of the owner's session, page or
 * body middleware, so the vault mounts them ahead of it: a token read skips those layers.
 */
export function createTokenRouter(deps: OAuthDeps): Router {
  const router = Router();
  router.use(oauthCors());
  router.use(tokenResourceRoutes(deps));
  return router;
}
