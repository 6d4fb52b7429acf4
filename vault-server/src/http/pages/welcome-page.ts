import {
  interestVocabulary,
  type InterestKind,
} from '@verwonder/shared/interests/interest-vocabulary.ts';
import type { Lang } from './messages.ts';
import { MESSAGES } from './messages.ts';
import { html, type Html } from './render-page.ts';

const GROUPS: readonly { kind: InterestKind; title: 'eventTypes' | 'themes' | 'genres' }[] = [
  { kind: 'eventtype', title: 'eventTypes' },
  { kind: 'theme', title: 'themes' },
  { kind: 'bookgenre', title: 'genres' },
];

/**
 * The onboarding right after sign-up (and later from "Mijn kluis"): choose interests from the real
 * vocabularies, type your own words and see what each became, import a loan history, connect the
 * extension. Every step can be skipped. The checkboxes carry both languages' labels, so the search
 * finds "jazz" and "Jazz en blues" either way.
 */
export function welcomeBody(lang: Lang, vaultUrl: string): Html {
  const t = MESSAGES[lang];
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  const vocabulary = interestVocabulary();
  const groups = GROUPS.map(({ kind, title }) => {
    const terms = vocabulary
      .filter((term) => term.kind === kind)
      .sort((a, b) => a.label[lang].localeCompare(b.label[lang], lang));
    return html`<fieldset class="terms" data-kind="${kind}">
      <legend>${t[title]}</legend>
      ${terms.map((term) => {
        const id = `term-${kind}-${term.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
        return html`<label
          class="term"
          for="${id}"
          data-search="${`${term.label.nl} ${term.label.en} ${term.id}`}"
          ><input type="checkbox" id="${id}" name="term" value="${`${kind}:${term.id}`}" />
          <span>${term.label[lang]}</span>${
            term.label[other] !== term.label[lang]
              ? html` <span class="other" lang="${other}">(${term.label[other]})</span>`
              : ''
          }</label
        >`;
      })}
    </fieldset>`;
  });
  return html`<p>${t.welcomeIntro}</p>
    <p><a id="skip-welcome" href="/account?lang=${lang}">${t.skipWelcome}</a></p>
    <section aria-labelledby="interests-title">
      <h2 id="interests-title">${t.interestsTitle}</h2>
      <p>${t.interestsIntro}</p>
      <label for="interest-search">${t.interestSearch}</label>
      <input
        id="interest-search"
        type="search"
        autocomplete="off"
        aria-controls="interest-groups"
      />
      <p id="interest-count" class="hint" aria-live="polite"></p>
      <div id="interest-groups">${groups}</div>
      <label for="interest-free">${t.interestFree}</label>
      <input id="interest-free" autocomplete="off" placeholder="${t.interestFreeExample}" />
      <button id="interest-resolve" type="button">${t.interestResolve}</button>
      <ul id="interest-resolved" class="rows" aria-live="polite"></ul>
      <p><button id="interests-save" type="button">${t.interestsSave}</button></p>
    </section>
    <section aria-labelledby="history-title">
      <h2 id="history-title">${t.historyTitle}</h2>
      <p>${t.historyIntro}</p>
      <p>
        <a id="to-loans" href="/account?lang=${lang}&category=loans#loan-form">${t.historyAdd}</a>
        ·
        <a id="to-import" href="/account?lang=${lang}&category=loans#import-form"
          >${t.historyImport}</a
        >
      </p>
    </section>
    <section aria-labelledby="connect-title">
      <h2 id="connect-title">${t.connectTitle}</h2>
      <p>${t.connectIntro} <code id="vault-address">${vaultUrl}</code></p>
      <p><a id="to-connections" href="/oauth/connections?lang=${lang}">${t.connectedSites}</a></p>
    </section>
    <p><a id="welcome-done" class="button" href="/account?lang=${lang}">${t.welcomeDone}</a></p>`;
}
