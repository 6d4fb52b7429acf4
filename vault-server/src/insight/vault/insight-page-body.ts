import type { Lang } from '../../http/pages/messages.ts';
import { html, Html } from '../../http/pages/render-page.ts';
import { INSIGHT_PAGE_TEXT } from './insight-page-text.ts';

/**
 * The skeleton of `/vault/insight`; `/static/insight-page.js` fills it from the owner's insight
 * routes (attribution and settings). Its texts travel in a JSON data block (no inline script).
 */
export function insightPageBody(lang: Lang): Html {
  const t = INSIGHT_PAGE_TEXT[lang];
  const data = JSON.stringify(t).replace(/</g, '\\u003c');
  return html`<script type="application/json" id="insight-data">
      ${new Html(data)}
    </script>
    <p>${t.intro}</p>
    <p id="insight-state" aria-live="polite"></p>
    <section aria-labelledby="h-totals">
      <h2 id="h-totals">${t.totalsTitle}</h2>
      <p>${t.totalsIntro}</p>
      <div class="table-wrap" role="region" aria-labelledby="h-totals" tabindex="0">
        <table id="insight-totals">
          <thead>
            <tr>
              <th scope="col">${t.group}</th>
              <th scope="col">${t.shown}</th>
              <th scope="col">${t.opened}</th>
              <th scope="col">${t.converted}</th>
            </tr>
          </thead>
          <tbody></tbody>
        </table>
      </div>
    </section>
    <section aria-labelledby="h-suggestions">
      <h2 id="h-suggestions">${t.listTitle}</h2>
      <p id="insight-empty" hidden>${t.empty}</p>
      <div class="table-wrap" role="region" aria-labelledby="h-suggestions" tabindex="0">
        <table id="insight-suggestions">
          <thead>
            <tr>
              <th scope="col">${t.item}</th>
              <th scope="col">${t.site}</th>
              <th scope="col">${t.medium}</th>
              <th scope="col">${t.kind}</th>
              <th scope="col">${t.shown}</th>
              <th scope="col">${t.opened}</th>
              <th scope="col">${t.converted}</th>
              <th scope="col">${t.answer}</th>
            </tr>
          </thead>
          <tbody></tbody>
        </table>
      </div>
    </section>
    <section aria-labelledby="h-opt-in">
      <h2 id="h-opt-in">${t.optInTitle}</h2>
      <p id="opt-in-explanation"></p>
      <p>
        <label class="term" for="opt-in"
          ><input id="opt-in" type="checkbox" aria-describedby="opt-in-explanation" />
          ${t.optInLabel}</label
        >
      </p>
      <p id="opt-in-state" aria-live="polite"></p>
      <p>${t.reportedWeeks}: <span id="reported-weeks"></span></p>
    </section>`;
}
