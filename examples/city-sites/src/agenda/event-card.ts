import { activityMetaMicrodata, placeMicrodata } from '../activity/activity-microdata.ts';
import { priceText, whenText } from '../activity/activity-text.ts';
import { dateBadge } from '../shared-ui/dates.ts';
import { markup, type SafeHtml } from '../shared-ui/html.ts';
import { truncate } from '../shared-ui/item-id.ts';
import type { AgendaEntry } from './agenda-index.ts';
import { eventPath } from './event-path.ts';

/** One agenda entry with a date badge; microdata mirrors the JSON-LD. */
export function eventCard(entry: AgendaEntry, baseUrl: string, headingLevel: 3 | 4 = 3): SafeHtml {
  const { activity, date, until } = entry;
  const title = markup`<a href="${eventPath(activity)}"><span itemprop="name">${activity.title}</span></a>`;
  const badge = date ? dateBadge(date) : until ? dateBadge(until) : undefined;
  return markup`<article class="card event-card" data-item-id="${activity.id}" itemscope itemtype="https://schema.org/${activity.schemaType}">
  ${activityMetaMicrodata(activity, `${baseUrl}${eventPath(activity)}`)}
  <div class="date-badge${date ? '' : ' date-badge--open'}" aria-hidden="true">${
    badge
      ? markup`${until ? markup`<span class="date-badge__until">t/m</span>` : ''}<span class="date-badge__day">${badge.day}</span><span class="date-badge__month">${badge.month}</span>`
      : markup`<span class="date-badge__month">altijd</span>`
  }</div>
  <div class="card__body">
    <p class="eyebrow">${activity.eventType.label.nl}</p>
    ${headingLevel === 3 ? markup`<h3 class="card__title">${title}</h3>` : markup`<h4 class="card__title">${title}</h4>`}
    <p class="card__meta"><span class="icon-label">${whenText(activity)}</span> · ${placeMicrodata(activity.venue)}</p>
    ${activity.description ? markup`<p class="card__text">${truncate(activity.description, 180)}</p>` : ''}
    <p class="card__price">${priceText(activity)}</p>
  </div>
</article>`;
}
