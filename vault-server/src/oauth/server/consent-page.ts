import { dataCategory, PURPOSE_LABELS, type DataCategoryId, type Scope } from '@verwonder/shared';
import type { Lang } from '../../http/pages/messages.ts';
import { html, renderPage, type Html } from '../../http/pages/render-page.ts';
import { isoDay, type AuthorizationRequest } from './authorization-request.ts';
import type { OAuthGrant } from '../store/oauth-store.ts';
import { OAUTH_MESSAGES } from './oauth-messages.ts';
import { scopeText } from './scope-text.ts';
import { OAUTH_CSS_PATH } from './oauth-css.ts';
import type { ConsentClient } from './pending-request.ts';
import { EXTENSION_UNTICKED_SCOPES } from '../clients/extension-client.ts';

/** In the body: renderPage links only the vault's own stylesheet (a stylesheet link is allowed in the body). */
const stylesheet = html`<link rel="stylesheet" href="${OAUTH_CSS_PATH}" />`;

export interface ConsentView {
  lang: Lang;
  requestId: string;
  csrfToken: string;
  request: AuthorizationRequest;
  client: ConsentClient;
  /** On a second showing (a choice was not valid): what the person had chosen, and why it was refused. */
  chosen?: { scopes: Scope[]; rankCategories: DataCategoryId[]; until: string } | undefined;
  problem?: string | undefined;
  /**
   * The person's own Verwonder extension asks (its client id is the vault's own document for it),
   * not a site: worded as their browser add-on, and only what it uses is ticked at first.
   */
  extension?: boolean;
  /** The site's grants on this pod that still work: an approval replaces them, so the page says what they allow. */
  replaces?: OAuthGrant[] | undefined;
  now?: Date;
}

const id = (scope: string): string => `scope-${scope.replace(/[^a-z-]/g, '-')}`;

/** The consent form: no script, a plain POST; every value interpolated is escaped by `html`. */
export function renderConsentPage(view: ConsentView): string {
  const t = OAUTH_MESSAGES[view.lang];
  const { request, client } = view;
  const extension = view.extension === true;
  const unticked = (scope: Scope) => extension && EXTENSION_UNTICKED_SCOPES.has(scope);
  const chosen = view.chosen ?? {
    scopes: request.scopes.filter((scope) => !unticked(scope)),
    rankCategories: request.rankCategories,
    until: request.until,
  };
  const site = client.client_name;
  const host = new URL(request.clientId).host;

  const scopeItems: Html[] = request.scopes.map((scope) => {
    const text = scopeText(
      scope,
      view.lang,
      request.rankCategories,
      extension ? 'extension' : 'site',
    );
    const rank =
      scope === 'suggestions:rank'
        ? html`<fieldset class="rank-categories">
            <legend>${t.rankOver}</legend>
            ${request.rankCategories.map(
              (category) =>
                html`<div>
                  <input
                    type="checkbox"
                    name="rank_category"
                    value="${category}"
                    id="rank-${category}"
                    ${checked(chosen.rankCategories.includes(category))}
                  />
                  <label for="rank-${category}" class="inline"
                    >${dataCategory(category).label[view.lang]}</label
                  >
                </div>`,
            )}
          </fieldset>`
        : html``;
    const touches =
      scope === 'suggestions:rank'
        ? html``
        : html`<p class="hint">
            ${t.touches}:
            ${text.categories.map((c) => dataCategory(c).label[view.lang]).join(', ')}${scope === 'dna:read' ? ` (${t.noRecords})` : ''}
          </p>`;
    return html`<li>
      <input
        type="checkbox"
        name="scope"
        value="${scope}"
        id="${id(scope)}"
        ${checked(chosen.scopes.includes(scope))}
      />
      <label for="${id(scope)}" class="inline">${text.title}</label>
      ${
        unticked(scope)
          ? html`<p class="hint unticked" id="${id(scope)}-unticked">
              ${scope === 'profile:read' ? t.untickedProfile : t.untickedOther}
            </p>`
          : html``
      }
      <p class="hint">${text.explanation}</p>
      <p class="hint reveals" id="${id(scope)}-reveals">
        ${extension ? t.revealsExtension : t.reveals}: ${text.reveals}
      </p>
      ${touches}${rank}
    </li>`;
  });

  // The extension's client document lives on the vault itself: its "address" would be the vault's.
  const links: Html[] = [
    extension
      ? html`<li id="consent-extension">${t.extensionFacts}</li>`
      : html`<li>${t.siteAddress}: <code>${host}</code></li>`,
    ...(client.policy_uri
      ? [
          html`<li>
            <a href="${client.policy_uri}" rel="noopener noreferrer">${t.privacyPolicy}</a>
          </li>`,
        ]
      : []),
    ...(client.contacts?.length
      ? [html`<li>${t.contact}: ${client.contacts.join(', ')}</li>`]
      : []),
  ];

  const today = isoDay(view.now ?? new Date());
  const body = html`${client.logo_uri ? html`<img class="client-logo" src="${client.logo_uri}" alt="" width="64" height="64" />` : html``}
    <p class="lead" id="consent-site">${extension ? t.asksExtension : t.asks(site)}</p>
    <ul class="client-facts">
      ${links}
    </ul>
    ${replacing(view)}
    ${view.problem ? html`<p class="error" role="alert">${view.problem}</p>` : html``}
    <form method="post" action="/oauth/consent/${view.requestId}" id="consent-form">
      <input type="hidden" name="csrf" value="${view.csrfToken}" />
      <input type="hidden" name="lang" value="${view.lang}" />
      <fieldset>
        <legend>${extension ? t.whatTitleExtension : t.whatTitle}</legend>
        <p class="hint">${extension ? t.whatHintExtension : t.whatHint}</p>
        <ul class="scopes">
          ${scopeItems}
        </ul>
      </fieldset>
      <h2>${t.purposeTitle}</h2>
      <p id="consent-purpose">${PURPOSE_LABELS[request.purpose][view.lang]}</p>
      <h2><label for="until">${t.untilTitle}</label></h2>
      <p class="hint" id="until-hint">
        ${extension ? t.untilHintExtension(request.until) : t.untilHint(request.until)}
      </p>
      <input
        type="date"
        id="until"
        name="until"
        value="${chosen.until}"
        min="${today}"
        max="${request.until}"
        required
        aria-describedby="until-hint"
      />
      <p class="hint">${t.revokeAnytime}</p>
      <p>
        <button type="submit" name="decision" value="approve" id="approve">${t.approve}</button>
        <button type="submit" name="decision" value="deny" id="deny" class="danger" formnovalidate>
          ${t.deny}
        </button>
      </p>
    </form>`;
  return renderPage(view.lang, t.consentTitle, html`${stylesheet}${body}`, [], { signedIn: true });
}

/** What the site may do now, under the grants this approval would revoke. */
function replacing(view: ConsentView): Html {
  const t = OAUTH_MESSAGES[view.lang];
  const earlier = view.replaces ?? [];
  if (earlier.length === 0) return html``;
  return html`<section id="consent-replaces">
    <h2>${t.replacesTitle}</h2>
    <p>${t.replacesHint(view.client.client_name)}</p>
    <ul>
      ${earlier.map(
        (grant) =>
          html`<li>
            ${grant.scopes.map((scope) => scopeText(scope, view.lang, grant.rankCategories).title).join(', ')}
            (${t.replacesUntil(grant.expiresAt.slice(0, 10))})
          </li>`,
      )}
    </ul>
  </section>`;
}

const checked = (on: boolean): Html => (on ? html` checked` : html``);

/** Shown instead of redirecting when the client or its redirect URI cannot be trusted. */
export function renderOAuthErrorPage(lang: Lang, detail: string): string {
  const t = OAUTH_MESSAGES[lang];
  const body = html`<p>${t.errorIntro}</p>
    <p class="error" id="oauth-error" role="alert">${detail}</p>
    <p><a href="/account?lang=${lang}">${t.back}</a></p>`;
  return renderPage(lang, t.errorTitle, html`${stylesheet}${body}`, []);
}
