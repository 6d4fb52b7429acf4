import { dataCategory, type DataCategoryId } from '@verwonder/shared';
import type { WriteOutcome } from './site-vault.ts';
import { markup, type SafeHtml } from '../shared-ui/html.ts';
import type { Visitor } from './visitor-sessions.ts';

const NOTICES = {
  connected: 'Je kluis is gekoppeld.',
  denied: 'Je hebt de koppeling geweigerd. Er is niets gedeeld.',
  failed: 'Koppelen met je kluis lukte niet. Probeer het later opnieuw.',
  lost: 'De koppeling met je kluis werkt niet meer: ze werd ingetrokken of is verlopen.',
  busy: 'Er worden nu te veel koppelingen tegelijk gestart. Probeer het over een minuut opnieuw.',
  disconnected: 'Je kluis is ontkoppeld.',
  'disconnect-failed':
    'Ontkoppelen lukte niet: je kluis antwoordde niet. Je bent nog gekoppeld; probeer het later opnieuw.',
} as const;

/**
 * The connection state on a page: a button to connect, or whose vault is connected with a button to
 * disconnect, and a one-time notice. Plain HTML, no script (the sites' CSP allows none).
 */
export function vaultBanner(
  visitor: Visitor | undefined,
  returnTo: string,
  what: string,
): SafeHtml {
  const notice = visitor?.notice;
  if (visitor) visitor.notice = undefined;
  const message = notice
    ? markup`<p class="vault-banner__notice" id="vault-notice" role="status" data-notice="${notice}">${NOTICES[notice]}</p>`
    : '';
  const connection = visitor?.connection;
  const body = connection
    ? markup`<p id="vault-status" data-state="connected">Gekoppeld met je kluis <code>${connection.webId}</code>. ${what}</p>
<form method="post" action="/ontkoppel"><input type="hidden" name="terug" value="${returnTo}"><button class="button" type="submit" id="vault-disconnect">Ontkoppelen</button></form>`
    : markup`<p id="vault-status" data-state="${notice === 'lost' ? 'lost' : 'none'}">Bewaar wat je hier doet in je eigen Verwonder-kluis en krijg lijsten in jouw volgorde. Jij kiest wat de site mag, en tot wanneer.</p>
<form method="post" action="/koppel"><input type="hidden" name="terug" value="${returnTo}"><button class="button button--primary" type="submit" id="vault-connect">Koppel met mijn kluis</button></form>`;
  return markup`<section class="vault-banner container" aria-label="Verwonder-kluis">${message}${body}</section>`;
}

/** Says that the list follows the person's vault and which kinds of data counted (labels, never data). */
export function vaultOrderNote(rankedBy: readonly DataCategoryId[] | undefined): SafeHtml | '' {
  if (!rankedBy) return '';
  const labels = rankedBy.map((id) => dataCategory(id).label.nl.toLowerCase());
  return markup`<p class="vault-order" id="vault-order">Volgorde aangepast aan je kluis${labels.length ? ` (op basis van je ${labels.join(', ')})` : ''}.</p>`;
}

const WRITE_NOTES = {
  saved: (what: string) => `${what} staat nu ook in je Verwonder-kluis.`,
  'not-allowed': (what: string) =>
    `${what} is niet in je kluis bewaard: je gaf de site daar geen toestemming voor.`,
  'other-page': (what: string) =>
    `${what} is niet in je kluis bewaard: het formulier kwam niet van een pagina van deze site.`,
  lost: (what: string) => `${what} is niet in je kluis bewaard: de koppeling werkt niet meer.`,
  failed: (what: string) => `${what} kon niet in je kluis bewaard worden. Probeer later opnieuw.`,
} as const;

/** After a write to the vault: what happened to it, in words (nothing when the visitor is not connected). */
export function vaultWriteNote(outcome: WriteOutcome | undefined, what: string): SafeHtml | '' {
  if (!outcome || outcome === 'not-connected') return '';
  return markup`<p class="vault-write" id="vault-write" data-outcome="${outcome}">${WRITE_NOTES[outcome](what)}</p>`;
}
