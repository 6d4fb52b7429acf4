import { Router, type Response } from 'express';
import { VerwonderError } from '@verwonder/shared';
import { pageLang } from '../../http/pages/render-page.ts';
import { clientAddress } from '../../http/rate-limit/client-address.ts';
import { sendRateLimited } from '../../http/rate-limit/limit-requests.ts';
import type { ClientMetadata } from '../clients/client-metadata.ts';
import type { OAuthDeps } from '../oauth-deps.ts';
import { randomToken } from '../tokens/opaque-token.ts';
import {
  matchRedirectUri,
  param,
  parseAuthorizationRequest,
  type AuthorizationRequest,
  type RawParams,
} from './authorization-request.ts';
import { renderOAuthErrorPage } from './consent-page.ts';
import { pendingRequest } from './pending-request.ts';
import { renderRequestErrorPage } from './request-error-page.ts';
import { trustsRedirect } from './trusted-redirect.ts';
import { verifyDpopProof } from '../tokens/dpop-proof.ts';
import {
  formBody,
  noStore,
  oauthErrorCode,
  publicUrlOf,
  requireForm,
  sendOAuthError,
} from './oauth-http.ts';

export const REQUEST_URI_PREFIX = 'urn:ietf:params:oauth:request_uri:';

/** RFC 9207: the authorization response names its issuer, so a client can tell mix-ups. */
export function redirectWith(
  redirectUri: string,
  values: Record<string, string | undefined>,
): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(values))
    if (value !== undefined) url.searchParams.set(key, value);
  return url.href;
}

/** Client and redirect URI first (problems there are shown, never redirected), then the rest. */
async function validate(
  deps: OAuthDeps,
  raw: RawParams,
  caller: string,
): Promise<{ client: ClientMetadata; redirectUri: string; parse: () => AuthorizationRequest }> {
  const client = await deps.clients.resolve(param(raw, 'client_id'), caller);
  const redirectUri = matchRedirectUri(raw, client);
  return {
    client,
    redirectUri,
    parse: () => parseAuthorizationRequest(raw, client, redirectUri, deps.config),
  };
}

/** The authorization endpoint (RFC 6749 §3.1, OAuth 2.1) and pushed authorization requests (RFC 9126). */
export function authorizeEndpoints(deps: OAuthDeps): Router {
  const router = Router();
  const { config, store } = deps;
  const expiry = () => new Date(Date.now() + config.requestSeconds * 1000).toISOString();

  router.post('/oauth/par', formBody, async (req, res) => {
    try {
      const raw = requireForm(req);
      if (raw.request_uri !== undefined)
        throw new VerwonderError(
          'invalid_request',
          'request_uri is not allowed in a pushed request',
        );
      const { parse } = await validate(deps, raw, clientAddress(req));
      let request = parse();
      // RFC 9449 §10.1: a DPoP proof sent with the pushed request binds the code to that key.
      const proof = req.get('dpop');
      if (proof !== undefined) {
        const { jkt } = await verifyDpopProof(
          proof,
          { method: req.method, url: publicUrlOf(config.issuer, req) },
          {
            maxAgeSeconds: config.dpopMaxAgeSeconds,
            clockSkewSeconds: config.dpopClockSkewSeconds,
            remember: (id, expiresAt) => deps.proofs.remember(id, expiresAt),
          },
        );
        if (request.dpopJkt !== undefined && request.dpopJkt !== jkt)
          throw new VerwonderError('invalid_request', 'dpop_jkt does not match the DPoP proof');
        request = { ...request, dpopJkt: jkt };
      }
      const id = randomToken();
      await store.putRequest({
        id,
        clientId: request.clientId,
        kind: 'par',
        params: JSON.stringify(request),
        accountId: null,
        csrfToken: null,
        createdAt: new Date().toISOString(),
        expiresAt: expiry(),
      });
      noStore(res);
      res
        .status(201)
        .json({ request_uri: `${REQUEST_URI_PREFIX}${id}`, expires_in: config.requestSeconds });
    } catch (error) {
      if (VerwonderError.is(error, 'rate_limited')) return void sendRateLimited(res, error);
      sendOAuthError(res, error);
    }
  });

  router.get('/oauth/authorize', async (req, res) => {
    const raw = req.query as RawParams;
    const lang = pageLang(req);
    const showError = (status: number, error: unknown) => {
      const message =
        VerwonderError.is(error) && error.status < 500
          ? error.message
          : 'the vault could not handle this request';
      if (!VerwonderError.is(error) || error.status >= 500)
        deps.logger?.error({ err: error }, 'authorization request failed');
      res.status(status).type('html').send(renderOAuthErrorPage(lang, message));
    };

    const caller = clientAddress(req);
    // Nothing is stored for a person who is not signed in: they sign in and come back here.
    const owner = await deps.sessions(req, res);
    const signInFirst = () => {
      noStore(res);
      res.redirect(303, config.signInUrl(req.originalUrl));
    };

    let client: ClientMetadata;
    let redirectUri: string;
    let request: AuthorizationRequest;
    try {
      const requestUri = param(raw, 'request_uri');
      if (requestUri !== undefined) {
        // A pushed request was validated when it was pushed; it is good for one use.
        if (!requestUri.startsWith(REQUEST_URI_PREFIX))
          throw new VerwonderError('invalid_request', 'unknown request_uri');
        const id = requestUri.slice(REQUEST_URI_PREFIX.length);
        const now = new Date().toISOString();
        // Without a session the pushed request is only looked at, and used once they are back.
        const stored = owner ? await store.takeRequest(id, now) : await store.getRequest(id, now);
        if (!stored || stored.kind !== 'par' || stored.clientId !== param(raw, 'client_id')) {
          throw new VerwonderError(
            'invalid_request',
            'the request_uri is unknown, expired, already used or belongs to another client',
          );
        }
        if (!owner) return void signInFirst();
        client = await deps.clients.resolve(stored.clientId, caller);
        request = JSON.parse(stored.params) as AuthorizationRequest;
        redirectUri = request.redirectUri;
      } else {
        const validated = await validate(deps, raw, caller);
        client = validated.client;
        redirectUri = validated.redirectUri;
        try {
          request = validated.parse();
        } catch (error) {
          // Anyone can publish a client document listing any redirect URI, so a bad request is sent
          // there by itself only to a signed-in person, and only to a redirect URI they trust
          // (RFC 9700 §4.11.2, `trusted-redirect.ts`); otherwise a link to the vault would bounce
          // whoever clicks it to that page. Not signed in: the vault's error page; signed in but
          // not trusted: the vault's page with the error response as a link they may follow.
          if (!VerwonderError.is(error) || !owner) throw error;
          const back = redirectWith(redirectUri, {
            error: oauthErrorCode(error),
            error_description: error.message,
            state: typeof raw.state === 'string' ? raw.state : undefined,
            iss: config.issuer,
          });
          noStore(res);
          if (await trustsRedirect(deps, owner, client.client_id, redirectUri))
            return void res.redirect(303, back);
          res
            .status(400)
            .type('html')
            .send(renderRequestErrorPage(lang, client.client_name, error.message, back));
          return;
        }
      }
    } catch (error) {
      if (VerwonderError.is(error, 'rate_limited')) return void sendRateLimited(res, error);
      showError(400, error);
      return;
    }
    if (!owner) return void signInFirst();

    const id = randomToken();
    await store.putRequest({
      id,
      clientId: client.client_id,
      kind: 'pending',
      params: pendingRequest(request, client),
      // Bound to the person from the start: the consent page keeps this token for its form.
      accountId: owner.accountId,
      csrfToken: randomToken(),
      createdAt: new Date().toISOString(),
      expiresAt: expiry(),
    });
    redirectToConsent(res, id, lang);
  });

  return router;
}

function redirectToConsent(res: Response, id: string, lang: string): void {
  noStore(res);
  res.redirect(303, `/oauth/consent/${id}?lang=${lang}`);
}
