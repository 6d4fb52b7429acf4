import { Router } from 'express';
import { SCOPES } from '@verwonder/shared';
import type { OAuthDeps } from '../oauth-deps.ts';
import { DPOP_ALGORITHMS } from '../tokens/dpop-proof.ts';
import { AUTHORIZATION_DETAILS_TYPE } from './authorization-request.ts';

/** RFC 8414 metadata of this authorization server. */
export function authorizationServerMetadata(issuer: string) {
  return {
    issuer,
    authorization_endpoint: `${issuer}/oauth/authorize`,
    token_endpoint: `${issuer}/oauth/token`,
    pushed_authorization_request_endpoint: `${issuer}/oauth/par`,
    require_pushed_authorization_requests: false,
    revocation_endpoint: `${issuer}/oauth/revoke`,
    introspection_endpoint: `${issuer}/oauth/introspect`,
    jwks_uri: `${issuer}/.well-known/jwks.json`,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    token_endpoint_auth_methods_supported: ['none'],
    revocation_endpoint_auth_methods_supported: ['none'],
    introspection_endpoint_auth_methods_supported: ['none'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: [...SCOPES],
    dpop_signing_alg_values_supported: [...DPOP_ALGORITHMS],
    authorization_details_types_supported: [AUTHORIZATION_DETAILS_TYPE],
    authorization_response_iss_parameter_supported: true,
    client_id_metadata_document_supported: true,
    ui_locales_supported: ['nl', 'en'],
  };
}

export function metadataEndpoints(deps: OAuthDeps): Router {
  const router = Router();
  router.get('/.well-known/oauth-authorization-server', (_req, res) => {
    res
      .set('Cache-Control', 'public, max-age=300')
      .json(authorizationServerMetadata(deps.config.issuer));
  });
  router.get('/.well-known/jwks.json', async (_req, res) => {
    await deps.keys.current(); // creates the first key, or rotates a due one, before publishing
    // Short caching: a rotated-in key must reach verifiers before tokens signed with it do.
    res
      .set('Cache-Control', 'public, max-age=60')
      .type('application/jwk-set+json')
      .send(JSON.stringify(await deps.keys.jwks()));
  });
  return router;
}
