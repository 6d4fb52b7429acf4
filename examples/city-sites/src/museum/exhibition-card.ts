import type { Activity } from '@verwonder/shared/catalog/index.ts';
import { activityMetaMicrodata, placeMicrodata } from '../activity/activity-microdata.ts';
import { priceText, whenText } from '../activity/activity-text.ts';
import { formatShortDay } from '../shared-ui/dates.ts';
import { markup, type SafeHtml } from '../shared-ui/html.ts';
import { hashVariant, truncate } from '../shared-ui/item-id.ts';
import { exhibitionKind } from './exhibition-index.ts';

export const exhibitionPath = (activity: { id: string }): string =>
  `/tentoonstelling/${encodeURIComponent(activity.id)}`;

export function kindLabel(activity: Activity): string {
  return exhibitionKind(activity) === 'vast' ? 'Vaste collectie' : 'Tentoonstelling';
}

/** A typographic poster: the demo loads no remote images. */
export function poster(activity: Activity, size: 'small' | 'large' = 'small'): SafeHtml {
  return markup`<div class="poster poster--${size} poster--v${hashVariant(activity.id, 6)}" aria-hidden="true">
  <span class="poster__kind">${kindLabel(activity)}</span>
  <span class="poster__title">${truncate(activity.title, size === 'small' ? 60 : 90)}</span>
</div>`;
}

/** "Nog tot 12 jan 2027" for running exhibitions, the period for coming ones, hours for collections. */
export function exhibitionWhen(activity: Activity, now: Date): string {
  const cal = activity.calendar;
  if (cal.type === 'periodic') {
    return Date.parse(cal.startDate) <= now.getTime()
      ? `Nog tot ${formatShortDay(cal.endDate)}`
      : `${formatShortDay(cal.startDate)} t/m ${formatShortDay(cal.endDate)}`;
  }
  return whenText(activity);
}

export function exhibitionCard(activity: Activity, baseUrl: string, now: Date): SafeHtml {
  return markup`<article class="card exhibition-card" data-item-id="${activity.id}" itemscope itemtype="https://schema.org/${activity.schemaType}">
  ${activityMetaMicrodata(activity, `${baseUrl}${exhibitionPath(activity)}`, placeMicrodata(activity.venue, 'none'))}
  ${poster(activity)}
  <div class="card__body">
    <h3 class="card__title"><a href="${exhibitionPath(activity)}"><span itemprop="name">${activity.title}</span></a></h3>
    <p class="card__meta">${exhibitionWhen(activity, now)}</p>
    ${activity.description ? markup`<p class="card__text">${truncate(activity.description, 140)}</p>` : ''}
    <p class="card__price">${priceText(activity)}</p>
  </div>
</article>`;
}
