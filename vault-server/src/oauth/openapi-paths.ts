import { z } from 'zod';
import { RankRequest, RankResponse } from './access/content-ranker.ts';

const pod = { name: 'pod', in: 'path', required: true, schema: { type: 'string' } };
const grantId = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const csrf = { name: 'X-CSRF-Token', in: 'header', required: true, schema: { type: 'string' } };
const dpop = {
  name: 'DPoP',
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description: 'RFC 9449 proof for this method and URL (with `ath` at resources)',
};
const form = (properties: Record<string, object>, required: string[]) => ({
  required: true,
  content: {
    'application/x-www-form-urlencoded': { schema: { type: 'object', properties, required } },
  },
});
const str = { type: 'string' };
const oauthError = { description: 'RFC 6749 error `{ error, error_description }`' };
const tokenProblem = {
  description:
    'problem+json; `WWW-Authenticate: DPoP error="invalid_token" | "invalid_dpop_proof"`',
};
const client = { security: [] };
const token = { security: [{ dpop: [] }] };

const rateLimited = {
  description:
    'problem+json `code: rate_limited`, with `Retry-After`: too many requests from this address',
};

/** The OAuth part of the vault's OpenAPI document: merge into `paths` (and `dpop` into securitySchemes). */
export function oauthOpenApiPaths(): Record<string, object> {
  const paths = allPaths();
  // Every /oauth/* request counts against the caller's limit.
  for (const [path, operations] of Object.entries(paths)) {
    if (!path.startsWith('/oauth/')) continue;
    for (const operation of Object.values(operations as Record<string, { responses?: object }>))
      operation.responses = { ...operation.responses, 429: rateLimited };
  }
  return paths;
}

function allPaths(): Record<string, object> {
  return {
    '/.well-known/oauth-authorization-server': {
      get: {
        ...client,
        summary: 'RFC 8414 authorization server metadata',
        responses: { 200: { description: 'metadata' } },
      },
    },
    '/.well-known/jwks.json': {
      get: {
        ...client,
        summary: 'Public ES256 signing keys (current and recently retired)',
        responses: { 200: { description: 'JWK set' } },
      },
    },
    '/oauth/par': {
      post: {
        ...client,
        summary:
          'Pushed authorization request (RFC 9126); a DPoP header binds the code to that key',
        requestBody: form(
          {
            client_id: str,
            redirect_uri: str,
            response_type: str,
            scope: str,
            state: str,
            code_challenge: str,
            code_challenge_method: str,
            authorization_details: str,
          },
          [
            'client_id',
            'response_type',
            'scope',
            'state',
            'code_challenge',
            'code_challenge_method',
            'authorization_details',
          ],
        ),
        responses: {
          201: { description: '{ request_uri, expires_in }' },
          400: oauthError,
          401: oauthError,
        },
      },
    },
    '/oauth/authorize': {
      get: {
        ...client,
        summary:
          'Authorization endpoint: `client_id` (URL of a Client ID Metadata Document) with `request_uri`, or the full request; PKCE S256 and `state` required; RAR `authorization_details` [{type:"verwonder_access", purpose, until, rank_categories}]',
        responses: {
          303: { description: 'to the consent page, or to the redirect URI with an error' },
          400: { description: 'HTML error page (unknown client, redirect URI not registered)' },
        },
      },
    },
    '/oauth/consent/{id}': {
      get: {
        summary: 'Consent page (nl/en) for the signed-in owner',
        parameters: [grantId],
        responses: { 200: { description: 'HTML' }, 303: { description: 'to sign in' } },
      },
      post: {
        summary:
          'Consent decision (form with the page’s CSRF token): approve with the ticked scopes and a day, or deny',
        parameters: [grantId],
        requestBody: form(
          {
            csrf: str,
            decision: { enum: ['approve', 'deny'] },
            scope: { type: 'array', items: str },
            rank_category: { type: 'array', items: str },
            until: { type: 'string', format: 'date' },
          },
          ['csrf', 'decision'],
        ),
        responses: {
          200: {
            description:
              'HTML: refused; a link (not a redirect) to the redirect URI with error=access_denied, state and iss',
          },
          303: {
            description:
              'to the redirect URI with code, state and iss (for the extension, error=access_denied too)',
          },
          400: { description: 'HTML: the choice is not valid' },
          403: { description: 'CSRF token missing or wrong' },
        },
      },
    },
    '/oauth/token': {
      post: {
        ...client,
        summary:
          'Token endpoint: authorization_code (PKCE) or refresh_token (rotating; reuse revokes the grant); DPoP proof required',
        parameters: [dpop],
        requestBody: form(
          {
            grant_type: str,
            client_id: str,
            code: str,
            redirect_uri: str,
            code_verifier: str,
            refresh_token: str,
            scope: str,
          },
          ['grant_type', 'client_id'],
        ),
        responses: {
          200: {
            description:
              '{ access_token (ES256 at+jwt, ≤ 10 min), token_type: "DPoP", expires_in, refresh_token, scope, authorization_details, webid, storage }',
          },
          400: oauthError,
          401: oauthError,
        },
      },
    },
    '/oauth/revoke': {
      post: {
        ...client,
        summary: 'RFC 7009 revocation (a refresh token ends its whole grant)',
        requestBody: form({ token: str, client_id: str }, ['token', 'client_id']),
        responses: { 200: { description: 'revoked (or unknown)' } },
      },
    },
    '/oauth/introspect': {
      post: {
        ...client,
        summary: 'RFC 7662 introspection, for the token’s own client',
        requestBody: form({ token: str, client_id: str }, ['token', 'client_id']),
        responses: { 200: { description: '{ active, … }' } },
      },
    },
    '/oauth/connections': {
      get: {
        summary: 'The owner’s connected sites (HTML, revoke buttons, receipts)',
        responses: { 200: { description: 'HTML' } },
      },
    },
    '/pods/{pod}/grants': {
      get: {
        summary: 'The pod’s grants (owner)',
        parameters: [pod],
        responses: {
          200: { description: '{ grants: ConsentGrant & { status, rankCategories }[] }' },
          401: {},
          403: {},
        },
      },
    },
    '/pods/{pod}/grants/{id}': {
      get: {
        summary: 'One grant',
        parameters: [pod, grantId],
        responses: { 200: { description: 'grant' }, 404: {} },
      },
      delete: {
        summary: 'Revoke: the client’s next request fails',
        parameters: [pod, grantId, csrf],
        responses: { 204: { description: 'revoked' }, 403: {}, 404: {} },
      },
    },
    '/pods/{pod}/grants/{id}/receipt': {
      get: {
        summary: 'Consent receipt (Kantara CR 1.1 fields + ODRL policy)',
        parameters: [pod, grantId],
        responses: { 200: { description: 'JSON attachment' } },
      },
    },
    '/pods/{pod}/dna': {
      get: {
        ...token,
        summary: '`dna:read`: coarse weighted themes, genres and media; never records',
        description:
          'The answer leaves at a whole multiple of `profileAnswerStepMs` (default 200 ms) after the call began, so its time does not say how many records it was computed from.',
        parameters: [pod, dpop],
        responses: {
          200: { description: '{ themes, genres, media, basedOn }' },
          401: tokenProblem,
          404: { description: 'no dna:read scope' },
        },
      },
    },
    '/pods/{pod}/suggestions/rank': {
      post: {
        ...token,
        summary:
          '`suggestions:rank`: 20 to 500 different candidates in the person’s order, over the categories they allow for this site',
        description:
          'An order only: no scores, nothing per item but its id. Computed from a coarse profile (features at least two records share, weights rounded); items the person already borrowed or attended are ranked like any other. At most `rankCallsPerDay` (default 50) calls per grant and UTC day. The answer leaves at a whole multiple of `profileAnswerStepMs` (default 200 ms) after the call began, so its time does not say how many records it was computed from.',
        parameters: [pod, dpop],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: z.toJSONSchema(RankRequest, { io: 'input' }) } },
        },
        responses: {
          200: {
            description: 'the candidates’ ids in order',
            content: { 'application/json': { schema: z.toJSONSchema(RankResponse) } },
          },
          401: tokenProblem,
          403: tokenProblem,
          422: {
            description: 'problem+json, `reason: too_few_candidates`: fewer than 20 different ids',
          },
          429: {
            description:
              'problem+json, `reason: rank_budget_exhausted`: the grant’s calls of today are used; `Retry-After`',
          },
        },
      },
    },
  };
}

/** `Authorization: DPoP <token>` for the pods' resources when a site calls them. */
export const DPOP_SECURITY_SCHEME = {
  dpop: {
    type: 'http',
    scheme: 'DPoP',
    bearerFormat: 'JWT (RFC 9068), sender-constrained by RFC 9449',
  },
};
