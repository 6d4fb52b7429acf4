import type { Lang } from '../../http/pages/messages.ts';
import { html, renderPage } from '../../http/pages/render-page.ts';
import { OAUTH_CSS_PATH } from './oauth-css.ts';
import { OAUTH_MESSAGES } from './oauth-messages.ts';

/**
 * What a person sees after refusing a site: the vault's own page, with a link back to the site that
 * carries `error=access_denied`. Not a redirect (RFC 9700 §4.11.2): anyone can publish a client
 * document whose redirect URI is a phishing page, and someone who refused because the request looked
 * wrong must not be taken there anyway; they go back only if they choose to.
 */
export function renderRefusedPage(lang: Lang, siteName: string, backToSite: string): string {
  const t = OAUTH_MESSAGES[lang];
  const body = html`<link rel="stylesheet" href="${OAUTH_CSS_PATH}" />
    <p class="lead" id="refused">${t.refused(siteName)}</p>
    <p>
      <a href="${backToSite}" id="refused-return" rel="noopener noreferrer"
        >${t.refusedReturn(new URL(backToSite).host)}</a
      >
    </p>
    <p class="hint" id="refused-hint">${t.refusedHint}</p>
    <p><a href="/account?lang=${lang}" id="refused-vault">${t.back}</a></p>`;
  return renderPage(lang, t.refusedTitle, body, [], { signedIn: true });
}
