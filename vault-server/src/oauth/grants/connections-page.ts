import { PURPOSE_LABELS } from '@verwonder/shared';
import type { Lang } from '../../http/pages/messages.ts';
import { html, renderPage } from '../../http/pages/render-page.ts';
import type { OwnerSession } from '../oauth-deps.ts';
import { OAUTH_MESSAGES } from '../server/oauth-messages.ts';
import { scopeText } from '../server/scope-text.ts';
import type { DamagedGrant, StoredGrant } from '../store/oauth-store.ts';
import { isActive } from './grant-service.ts';
import { OAUTH_CSS_PATH } from '../server/oauth-css.ts';

/** In the body: renderPage links only the vault's own stylesheet (a stylesheet link is allowed in the body). */
const stylesheet = html`<link rel="stylesheet" href="${OAUTH_CSS_PATH}" />`;

const day = (iso: string, lang: Lang): string =>
  new Date(iso).toLocaleDateString(lang === 'nl' ? 'nl-BE' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Brussels',
  });

/** The owner's connected sites, each with what it may do, until when, a receipt and a revoke button. */
export function renderConnectionsPage(
  lang: Lang,
  session: OwnerSession,
  grants: StoredGrant[],
): string {
  const t = OAUTH_MESSAGES[lang];
  const items = grants.map((grant) => {
    if (grant.damaged) return damagedItem(lang, session, grant);
    const active = isActive(grant);
    const base = `/pods/${session.podName}/grants/${grant.id}`;
    return html`<li
      class="grant"
      data-grant-id="${grant.id}"
      data-status="${active ? 'active' : 'ended'}"
    >
      <h2>${grant.clientName}</h2>
      <p class="hint">
        <code>${new URL(grant.clientId).host}</code> · ${active ? t.active : t.ended}
      </p>
      <ul>
        ${grant.scopes.map((scope) => html`<li>${scopeText(scope, lang, grant.rankCategories).title}</li>`)}
      </ul>
      <p>${PURPOSE_LABELS[grant.purpose][lang]}</p>
      <p>
        ${t.given} ${day(grant.createdAt, lang)} ·
        ${grant.revokedAt ? `${t.revoked} ${day(grant.revokedAt, lang)}` : `${t.ends} ${day(grant.expiresAt, lang)}`}
      </p>
      <p><a href="${base}/receipt?lang=${lang}">${t.receipt}</a></p>
      ${active ? revokeForm(lang, session, grant) : html``}
    </li>`;
  });
  const body = html`<p>${t.connectionsIntro}</p>
    ${
      grants.length === 0
        ? html`<p id="no-connections">${t.noConnections}</p>`
        : html`<ul class="grants" id="grants">
            ${items}
          </ul>`
    }`;
  return renderPage(lang, t.connectionsTitle, html`${stylesheet}${body}`, [], { signedIn: true });
}

const revokeForm = (lang: Lang, session: OwnerSession, grant: StoredGrant) =>
  html`<form method="post" action="/pods/${session.podName}/grants/${grant.id}/revoke?lang=${lang}">
    <input type="hidden" name="csrf" value="${session.csrfToken}" />
    <button type="submit" class="danger">
      ${OAUTH_MESSAGES[lang].revoke}: ${grant.clientName}
    </button>
  </form>`;

/** A row that no longer parses: its texts as stored (escaped), no dates to misread, still revocable. */
const damagedItem = (lang: Lang, session: OwnerSession, grant: DamagedGrant) =>
  html`<li class="grant" data-grant-id="${grant.id}" data-status="damaged">
    <h2>${grant.clientName}</h2>
    <p class="hint"><code>${grant.clientId}</code> · ${OAUTH_MESSAGES[lang].damaged}</p>
    ${grant.revokedAt === null ? revokeForm(lang, session, grant) : html``}
  </li>`;
