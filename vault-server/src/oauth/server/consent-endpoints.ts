import { Router, type Request, type Response } from 'express';
import {
  DataCategoryId,
  Scope,
  VerwonderError,
  type DataCategoryId as Category,
  type Scope as ScopeT,
} from '@verwonder/shared';
import type { Lang } from '../../http/pages/messages.ts';
import { pageLang } from '../../http/pages/render-page.ts';
import { extensionClientId } from '../clients/extension-client.ts';
import { createGrant, grantsReplacedBy, prepareGrant } from '../grants/grant-service.ts';
import type { OAuthDeps, OwnerSession } from '../oauth-deps.ts';
import type { StoredAuthorizationRequest } from '../store/oauth-store.ts';
import { constantTimeEqual, randomToken } from '../tokens/opaque-token.ts';
import { CalendarDay, isoDay } from './authorization-request.ts';
import { redirectWith } from './authorize-endpoints.ts';
import { renderConsentPage, renderOAuthErrorPage } from './consent-page.ts';
import { renderRefusedPage } from './refused-page.ts';
import { issueAuthorizationCode } from './authorization-code.ts';
import { consentPolicy } from './consent-policy.ts';
import { formBody, many, noStore, sameOriginOrUnknown } from './oauth-http.ts';
import { OAUTH_MESSAGES } from './oauth-messages.ts';
import { parsePendingRequest, type PendingRequest } from './pending-request.ts';

const ID = /^[A-Za-z0-9_-]{43}$/;

/** The consent page: shown to the signed-in owner, decided by a CSRF-protected POST. */
export function consentEndpoints(deps: OAuthDeps): Router {
  const router = Router();
  const { config, store } = deps;

  const load = async (
    req: Request,
  ): Promise<({ stored: StoredAuthorizationRequest } & PendingRequest) | undefined> => {
    const id = String(req.params.id);
    if (!ID.test(id)) return undefined;
    const stored = await store.getRequest(id, new Date().toISOString());
    if (!stored || stored.kind !== 'pending') return undefined;
    // The client as validated at /oauth/authorize: its document is not fetched again here.
    const pending = parsePendingRequest(stored.params);
    return pending && { stored, ...pending };
  };

  const gone = (res: Response, lang: Lang) =>
    res
      .status(400)
      .type('html')
      .send(
        renderOAuthErrorPage(
          lang,
          {
            nl: 'Dit verzoek is verlopen of al afgehandeld. Begin opnieuw op de site.',
            en: 'This request has expired or was already handled. Start again on the site.',
          }[lang],
        ),
      );

  const show = (res: Response, view: Parameters<typeof renderConsentPage>[0], status = 200) => {
    noStore(res);
    // The form posts here and is then redirected to the site: the redirect must be allowed by form-action.
    res.set({
      'Content-Security-Policy': consentPolicy(view.request.redirectUri, view.client.logo_uri),
      // With the vault's no-referrer, browsers send `Origin: null` on form posts; same-origin keeps the real one.
      'Referrer-Policy': 'same-origin',
    });
    const extension = view.request.clientId === extensionClientId(config.issuer);
    res
      .status(status)
      .type('html')
      .send(renderConsentPage({ ...view, extension }));
  };

  router.get('/oauth/consent/:id', async (req, res) => {
    const lang = pageLang(req);
    const found = await load(req);
    if (!found) return void gone(res, lang);
    const owner = await deps.sessions(req, res);
    if (!owner) {
      noStore(res);
      res.redirect(303, config.signInUrl(`/oauth/consent/${found.stored.id}?lang=${lang}`));
      return;
    }
    // One CSRF token per request and account; showing the page again (reload, language) keeps it.
    let csrfToken = found.stored.csrfToken;
    if (found.stored.accountId !== owner.accountId || !csrfToken) {
      csrfToken = randomToken();
      await store.bindRequest(found.stored.id, owner.accountId, csrfToken);
    }
    show(res, {
      lang,
      requestId: found.stored.id,
      csrfToken,
      request: found.request,
      client: found.client,
      replaces: await grantsReplacedBy(deps, store, owner.podName, found.request.clientId),
    });
  });

  router.post('/oauth/consent/:id', formBody, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const lang: Lang = body.lang === 'en' ? 'en' : body.lang === 'nl' ? 'nl' : pageLang(req);
    const t = OAUTH_MESSAGES[lang];
    const found = await load(req);
    if (!found) return void gone(res, lang);
    const owner = await deps.sessions(req, res);
    if (!owner) throw new VerwonderError('unauthenticated', 'sign in first');
    checkConsentCsrf(config.issuer, req, owner, found.stored, body.csrf);
    const { request, client, stored } = found;

    /**
     * Taking the request (one conditional delete, in the database) makes the decision one-time: of
     * concurrent POSTs, in any vault process, only one gets it; the others find nothing.
     */
    const take = async (): Promise<boolean> => {
      const taken = await store.takeRequest(stored.id, new Date().toISOString());
      if (!taken) return false;
      // Shown again to another account in the meantime: the form in hand no longer counts.
      checkConsentCsrf(config.issuer, req, owner, taken, body.csrf);
      return true;
    };
    const finish = (location: string) => {
      noStore(res);
      res.redirect(303, location);
    };

    if (body.decision !== 'approve') {
      if (!(await take())) return void gone(res, lang);
      const back = redirectWith(request.redirectUri, {
        error: 'access_denied',
        error_description: 'the person refused',
        state: request.state,
        iss: config.issuer,
      });
      // The extension's callback is the vault's own page: trusted, so followed at once. A site's is
      // not (RFC 9700 §4.11.2): the person goes back by a link, if they choose to.
      if (request.clientId === extensionClientId(config.issuer)) return void finish(back);
      noStore(res);
      res.type('html').send(renderRefusedPage(lang, client.client_name, back));
      return;
    }

    const scopes = many(body, 'scope').filter(
      (scope): scope is ScopeT =>
        Scope.safeParse(scope).success && request.scopes.includes(scope as ScopeT),
    );
    const rankCategories = many(body, 'rank_category').filter(
      (category): category is Category =>
        DataCategoryId.safeParse(category).success &&
        request.rankCategories.includes(category as Category),
    );
    // Parsed as a real day: a form's 30 February must be shown again, not stored as a grant.
    const day = CalendarDay.safeParse(body.until);
    const until = day.success ? day.data : '';
    const problem =
      scopes.length === 0
        ? t.pickOne
        : scopes.includes('suggestions:rank') && rankCategories.length === 0
          ? t.pickCategory
          : !day.success || until < isoDay(new Date()) || until > request.until
            ? request.clientId === extensionClientId(config.issuer)
              ? t.badDayExtension
              : t.badDay
            : undefined;
    if (problem) {
      show(
        res,
        {
          lang,
          requestId: stored.id,
          csrfToken: stored.csrfToken ?? '',
          request,
          client,
          chosen: { scopes, rankCategories, until: request.until },
          problem,
          replaces: await grantsReplacedBy(deps, store, owner.podName, request.clientId),
        },
        400,
      );
      return;
    }

    // Everything that can fail is computed first; taken before anything is stored, so a
    // double-submitted form makes one grant and one code.
    const prepared = prepareGrant(deps, {
      pod: owner.podName,
      clientId: request.clientId,
      clientName: client.client_name,
      scopes,
      purpose: request.purpose,
      rankCategories: scopes.includes('suggestions:rank') ? rankCategories : [],
      until,
      redirectUri: request.redirectUri,
    });
    if (!(await take())) return void gone(res, lang);
    const grant = await createGrant(deps, prepared);
    const code = await issueAuthorizationCode(deps, grant.id, request);
    finish(redirectWith(request.redirectUri, { code, state: request.state, iss: config.issuer }));
  });

  return router;
}

/** The form's token must be the one this page was shown with, to this very account, from our origin. */
function checkConsentCsrf(
  issuer: string,
  req: Request,
  owner: OwnerSession,
  stored: StoredAuthorizationRequest,
  token: unknown,
): void {
  if (!sameOriginOrUnknown(issuer, req))
    throw new VerwonderError('csrf_failed', 'the consent form was sent from another origin');
  if (
    stored.accountId !== owner.accountId ||
    !stored.csrfToken ||
    typeof token !== 'string' ||
    !constantTimeEqual(token, stored.csrfToken)
  ) {
    throw new VerwonderError('csrf_failed', 'the consent form was not sent from the consent page');
  }
}
