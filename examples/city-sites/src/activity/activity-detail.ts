import { activitySaves } from '@verwonder/shared/catalog/activity-popularity.ts';
import type { Activity } from '@verwonder/shared/catalog/index.ts';
import { occurrences, openingHoursOf } from '../catalog/occurrences.ts';
import { formatOpeningHours, formatSpan } from '../shared-ui/dates.ts';
import { markup, type SafeHtml } from '../shared-ui/html.ts';
import { paragraphs } from '../shared-ui/paragraphs.ts';
import { activityMetaMicrodata, placeMicrodata } from './activity-microdata.ts';
import { audienceText, mapUrl, priceText, whenText } from './activity-text.ts';

/** The main <article> of an event or exhibition page, with microdata; the site adds its own form. */
export function activityDetail(
  activity: Activity,
  url: string,
  eyebrow: string,
  now: Date,
): SafeHtml {
  const spans = occurrences(activity.calendar);
  const hours = openingHoursOf(activity.calendar);
  const audience = audienceText(activity.audience);
  return markup`<article class="detail__main" data-item-id="${activity.id}" itemscope itemtype="https://schema.org/${activity.schemaType}">
  ${activityMetaMicrodata(activity, url)}
  <p class="eyebrow">${eyebrow}</p>
  <h1 itemprop="name">${activity.title}</h1>
  <dl class="facts facts--grid">
    <div><dt>Wanneer</dt><dd>${whenText(activity)}</dd></div>
    <div><dt>Waar</dt><dd>${placeMicrodata(activity.venue, 'full')}<br><a href="${mapUrl(activity)}" rel="noopener external">Bekijk op de kaart<span class="visually-hidden"> (OpenStreetMap, externe website)</span></a></dd></div>
    <div><dt>Prijs</dt><dd>${priceText(activity)}</dd></div>
    <div><dt>Organisator</dt><dd itemprop="organizer" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">${activity.provider.name}</span></dd></div>
    ${audience ? markup`<div><dt>Voor wie</dt><dd>${audience}</dd></div>` : ''}
    <div><dt>Favoriet bij</dt><dd>${activitySaves(activity.popularity).toLocaleString('nl-BE')} bezoekers</dd></div>
  </dl>
  ${
    activity.calendar.type === 'multiple'
      ? markup`<section aria-labelledby="data-titel"><h2 id="data-titel">Alle data</h2><ul class="date-list">${spans.map(
          (s) =>
            Date.parse(s.end) < now.getTime()
              ? markup`<li class="is-past"><time datetime="${s.start}">${formatSpan(s.start, s.end)}</time> (voorbij)</li>`
              : markup`<li><time datetime="${s.start}">${formatSpan(s.start, s.end)}</time></li>`,
        )}</ul></section>`
      : ''
  }
  ${
    hours.length
      ? markup`<section aria-labelledby="uren-titel"><h2 id="uren-titel">Openingsuren</h2><ul class="date-list">${hours.map(
          (h) => markup`<li>${formatOpeningHours(h)}</li>`,
        )}</ul></section>`
      : ''
  }
  <section aria-labelledby="over-titel">
    <h2 id="over-titel">Over deze activiteit</h2>
    ${activity.description ? paragraphs(activity.description, { itemprop: 'description' }) : markup`<p>Meer informatie volgt.</p>`}
  </section>
  <section aria-labelledby="themas-titel">
    <h2 id="themas-titel">Type en thema's</h2>
    <ul class="tags tags--outline"><li>${activity.eventType.label.nl}</li>${activity.themes.map((t) => markup`<li>${t.label.nl}</li>`)}</ul>
  </section>
</article>`;
}
