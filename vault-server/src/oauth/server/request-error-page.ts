import type { Lang } from '../../http/pages/messages.ts';
import { html, renderPage } from '../../http/pages/render-page.ts';
import { OAUTH_CSS_PATH } from './oauth-css.ts';
import { OAUTH_MESSAGES } from './oauth-messages.ts';

/**
 * A bad authorization request from a client whose redirect URI the vault does not trust
 * (`trusted-redirect.ts`): the vault's own page says what was wrong and offers the error response as
 * a link, followed only if the person chooses to (RFC 9700 §4.11.2), never as an automatic redirect.
 */
export function renderRequestErrorPage(
  lang: Lang,
  siteName: string,
  problem: string,
  backToSite: string,
): string {
  const t = OAUTH_MESSAGES[lang];
  const body = html`<link rel="stylesheet" href="${OAUTH_CSS_PATH}" />
    <p class="lead" id="request-error">${t.requestError(siteName)}</p>
    <p>${t.requestErrorWhat}</p>
    <p class="error" id="request-error-problem">${problem}</p>
    <p>
      <a href="${backToSite}" id="request-error-return" rel="noopener noreferrer"
        >${t.refusedReturn(new URL(backToSite).host)}</a
      >
    </p>
    <p class="hint" id="request-error-hint">${t.requestErrorHint}</p>
    <p><a href="/account?lang=${lang}" id="request-error-vault">${t.back}</a></p>`;
  return renderPage(lang, t.errorTitle, body, [], { signedIn: true });
}
