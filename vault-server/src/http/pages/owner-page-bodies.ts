import { DATA_CATEGORIES, AuditAction } from '@verwonder/shared';
import { AUDIT_ACTION_LABELS } from './audit-action-labels.ts';
import { MESSAGES, type Lang } from './messages.ts';
import { OWNER_MESSAGES } from './owner-messages.ts';
import type { OwnerPage } from './owner-nav.ts';
import { html, type Html } from './render-page.ts';
import { insightPageBody } from '../../insight/vault/insight-page-body.ts';

/** The static skeleton of each owner page; its script fills it from the owner's API. */
export function ownerPageBody(page: OwnerPage, lang: Lang): Html {
  const t = OWNER_MESSAGES[lang];
  const categoryOptions = [...DATA_CATEGORIES.values()].map(
    (category) => html`<option value="${category.id}">${category.label[lang]}</option>`,
  );
  switch (page) {
    case 'audit':
      return html`<p>${t.auditIntro}</p>
        <p id="chain-state" class="chain">${t.chainChecking}</p>
        <form id="audit-filters" class="filters">
          <div>
            <label for="f-site">${t.filterSite}</label>
            <select id="f-site">
              <option value="">${t.all}</option>
            </select>
          </div>
          <div>
            <label for="f-category">${t.filterCategory}</label>
            <select id="f-category">
              <option value="">${t.all}</option>
              ${categoryOptions}
            </select>
          </div>
          <div>
            <label for="f-action">${t.filterAction}</label>
            <select id="f-action">
              <option value="">${t.all}</option>
              ${AuditAction.options.map(
                (action) =>
                  html`<option value="${action}">${AUDIT_ACTION_LABELS[action][lang]}</option>`,
              )}
            </select>
          </div>
          <div>
            <label for="f-from">${t.filterFrom}</label>
            <input id="f-from" type="date" />
          </div>
          <div>
            <label for="f-to">${t.filterTo}</label>
            <input id="f-to" type="date" />
          </div>
        </form>
        <p id="audit-count" aria-live="polite"></p>
        <div class="table-wrap" role="region" aria-labelledby="audit-count" tabindex="0">
          <table id="audit-table">
            <thead>
              <tr>
                <th scope="col">${t.time}</th>
                <th scope="col">${t.who}</th>
                <th scope="col">${t.action}</th>
                <th scope="col">${t.what}</th>
              </tr>
            </thead>
            <tbody></tbody>
          </table>
        </div>
        <p><button type="button" id="audit-older" hidden>${t.olderEntries}</button></p>`;
    case 'data':
      return html`<p>${t.dataIntro}</p>
        <p><a id="export-link" class="button" href="#" download>${t.exportAll}</a></p>
        <label for="d-category">${t.filterCategory}</label>
        <select id="d-category">
          ${categoryOptions}
        </select>
        <section class="category-info" aria-labelledby="category-title">
          <h2 id="category-title"></h2>
          <p id="category-description"></p>
          <p><strong>${t.usedBy}:</strong> <span id="category-sites"></span></p>
          <h3>${t.personalisation}</h3>
          <label class="switch" for="personalised">
            <input
              id="personalised"
              type="checkbox"
              role="switch"
              aria-describedby="personalised-note"
            />
            ${t.usePersonalisation}
          </label>
          <p id="personalised-note" class="muted">${t.personalisationNote}</p>
          <h3>${t.retention}</h3>
          <p id="retention-now"></p>
          <form id="retention-form" class="inline-form">
            <label for="retention-days">${t.retentionDays}</label>
            <input id="retention-days" type="number" min="1" max="36500" inputmode="numeric" />
            <button type="submit">${t.setRetention}</button>
          </form>
          <p id="purge-plan"></p>
        </section>
        <div class="filters">
          <div>
            <label for="d-search">${t.search}</label>
            <input id="d-search" type="search" />
          </div>
          <div>
            <label for="d-sort">${t.sortBy}</label>
            <select id="d-sort">
              <option value="newest">${t.newest}</option>
              <option value="oldest">${t.oldest}</option>
              <option value="title">${t.byTitle}</option>
            </select>
          </div>
          <div id="d-feedback-filter" hidden>
            <label for="d-feedback-show">${MESSAGES[lang].feedbackShow}</label>
            <select id="d-feedback-show">
              <option value="own">${MESSAGES[lang].feedbackOwn}</option>
              <option value="all">${MESSAGES[lang].feedbackAll}</option>
            </select>
          </div>
        </div>
        <p id="d-filter-note" hidden>
          ${t.showingRecords}
          <button id="d-show-all" type="button">${t.showAll}</button>
        </p>
        <p id="d-count" aria-live="polite"></p>
        <ul id="d-records" class="rows"></ul>
        <p id="d-more-note" class="muted" hidden>${t.loadedOnly}</p>
        <p><button id="d-more" type="button" hidden>${t.moreData}</button></p>`;
    case 'settings':
      return html`<p>${t.settingsIntro}</p>
        <section aria-labelledby="s-passkeys">
          <h2 id="s-passkeys">Passkeys</h2>
          <ul id="passkey-list" class="rows"></ul>
          <p id="codes-left"></p>
          <p>
            <button id="add-passkey" type="button">
              ${lang === 'nl' ? 'Passkey toevoegen' : 'Add a passkey'}
            </button>
            <button id="new-codes" type="button">
              ${lang === 'nl' ? 'Nieuwe herstelcodes maken' : 'Create new recovery codes'}
            </button>
          </p>
          <ul id="recovery-codes" class="codes" hidden></ul>
        </section>
        <section aria-labelledby="s-sessions">
          <h2 id="s-sessions">${lang === 'nl' ? 'Sessies' : 'Sessions'}</h2>
          <p>${t.sessionsIntro}</p>
          <ul id="session-list" class="rows"></ul>
        </section>
        <section aria-labelledby="s-delete">
          <h2 id="s-delete">${t.deleteAccount}</h2>
          <p>${t.deleteAccountIntro}</p>
          <p><a id="export-first" class="button" href="#" download>${t.exportFirst}</a></p>
          <form id="delete-form">
            <label for="delete-confirm">${t.confirmPodName}</label>
            <input id="delete-confirm" required autocomplete="off" autocapitalize="none" />
            <button type="submit" class="danger">${t.deleteForever}</button>
          </form>
        </section>`;
    case 'for-you':
      return html`<p>${t.forYouIntro}</p>
        <p id="for-you-off" class="off-note" role="note" hidden></p>
        <div class="dial">
          <label for="dial">${t.dial}</label>
          <span aria-hidden="true">${t.dialFamiliar}</span>
          <input id="dial" type="range" min="0" max="1" step="0.1" value="0.5" />
          <span aria-hidden="true">${t.dialSurprise}</span>
        </div>
        <p id="for-you-state" aria-live="polite">${t.loading}</p>
        <ol id="for-you-list" class="for-you"></ol>
        <section id="for-you-answered-part" aria-labelledby="for-you-answered-title" hidden>
          <h2 id="for-you-answered-title">${t.forYouAnswered}</h2>
          <p>${t.forYouAnsweredIntro}</p>
          <ul id="for-you-answered" class="for-you"></ul>
        </section>`;
    case 'insight':
      return insightPageBody(lang);
    case 'sites':
      return html`<p>${t.sitesIntro}</p>
        <div id="site-list"></div>`;
    case 'dna': {
      const chart = (id: string, title: string) =>
        html`<section aria-labelledby="h-${id}" class="dna-part">
          <h2 id="h-${id}">${title}</h2>
          <div class="chart">
            <canvas id="chart-${id}" role="img" aria-label="${title}"></canvas>
          </div>
          <ol id="list-${id}" class="feature-list"></ol>
        </section>`;
      return html`<p>${t.dnaIntro}</p>
        <p id="dna-empty" hidden>${t.noDna}</p>
        <div id="dna" class="dna">
          ${chart('themes', t.themes)} ${chart('genres', t.genres)}
          <section aria-labelledby="h-words" class="dna-part" id="words" hidden>
            <h2 id="h-words">${t.ownWords}</h2>
            <p>${t.ownWordsText}</p>
            <ul id="list-words" class="feature-list"></ul>
          </section>
          ${chart('media', t.media)}
          <section aria-labelledby="h-adventurousness" class="dna-part">
            <h2 id="h-adventurousness">${t.adventurousness}</h2>
            <p>
              ${t.adventurousnessText} <strong id="adventurousness-value"></strong>
              <meter
                id="adventurousness-meter"
                min="0"
                max="100"
                aria-labelledby="h-adventurousness"
              ></meter>
            </p>
            <p id="adventurousness-records"></p>
          </section>
          <section aria-labelledby="h-venues" class="dna-part">
            <h2 id="h-venues">${t.venues}</h2>
            <div class="chart map">
              <canvas id="chart-venues" role="img" aria-label="${t.venuesMapText}"></canvas>
            </div>
            <ol id="list-venues" class="feature-list"></ol>
          </section>
          ${chart('timeline', t.timeline)}
        </div>`;
    }
  }
}
