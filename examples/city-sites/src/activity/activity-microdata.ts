import { activitySaves } from '@verwonder/shared/catalog/activity-popularity.ts';
import type { Activity, Venue } from '@verwonder/shared/catalog/index.ts';
import { occurrences } from '../catalog/occurrences.ts';
import { markup, type SafeHtml } from '../shared-ui/html.ts';
import { offersJsonLd, SAVES_ACTION } from './activity-json-ld.ts';

/** Visible venue name plus hidden address and coordinates, as a microdata Place. */
export function placeMicrodata(venue: Venue, visible: 'none' | 'name' | 'full' = 'name'): SafeHtml {
  return markup`<span itemprop="location" itemscope itemtype="https://schema.org/Place">${visible === 'none' ? markup`<meta itemprop="name" content="${venue.name}">` : markup`<span itemprop="name">${venue.name}</span>`}<span itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">${
    visible === 'full'
      ? markup`<br><span itemprop="streetAddress">${venue.address.street}</span>, <span itemprop="postalCode">${venue.address.postalCode}</span> <span itemprop="addressLocality">${venue.address.locality}</span> (${venue.address.district})`
      : markup`<meta itemprop="streetAddress" content="${venue.address.street}"><meta itemprop="postalCode" content="${venue.address.postalCode}"><meta itemprop="addressLocality" content="${venue.address.locality}">`
  }<meta itemprop="addressCountry" content="BE"></span><span itemprop="geo" itemscope itemtype="https://schema.org/GeoCoordinates"><meta itemprop="latitude" content="${venue.geo.latitude}"><meta itemprop="longitude" content="${venue.geo.longitude}"></span></span>`;
}

/** Hidden microdata every activity carries: id, dates, offers and saves (in a hidden box, out of the layout). */
export function activityMetaMicrodata(
  activity: Activity,
  url: string,
  extra: SafeHtml = markup``,
): SafeHtml {
  const spans = occurrences(activity.calendar);
  const first = spans[0];
  const last = spans[spans.length - 1];
  return markup`<div class="microdata" hidden><meta itemprop="identifier" content="${activity.id}">
<link itemprop="url" href="${url}">
${first ? markup`<meta itemprop="startDate" content="${first.start}">` : ''}
${last ? markup`<meta itemprop="endDate" content="${last.end}">` : ''}
${offersJsonLd(activity, url).map(
  (o) =>
    markup`<span itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="name" content="${String(o['name'])}"><meta itemprop="price" content="${String(o['price'])}"><meta itemprop="priceCurrency" content="EUR"></span>`,
)}<span itemprop="interactionStatistic" itemscope itemtype="https://schema.org/InteractionCounter"><link itemprop="interactionType" href="${SAVES_ACTION}"><meta itemprop="userInteractionCount" content="${String(activitySaves(activity.popularity))}"></span>${extra}</div>`;
}
