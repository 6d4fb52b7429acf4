import { activitySaves } from '@verwonder/shared/catalog/activity-popularity.ts';
import type { Activity, Venue } from '@verwonder/shared/catalog/index.ts';
import { occurrences, openingHoursOf } from '../catalog/occurrences.ts';
import { schemaDay } from '../shared-ui/dates.ts';

export function placeJsonLd(venue: Venue): Record<string, unknown> {
  return {
    '@type': 'Place',
    '@id': `urn:verwonder:${venue.id}`,
    identifier: venue.id,
    name: venue.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: venue.address.street,
      postalCode: venue.address.postalCode,
      addressLocality: venue.address.locality,
      addressRegion: venue.address.district,
      addressCountry: 'BE',
    },
    geo: {
      '@type': 'GeoCoordinates',
      latitude: venue.geo.latitude,
      longitude: venue.geo.longitude,
    },
  };
}

/** schema.org Offers for the base and the reduced tariff. */
export function offersJsonLd(activity: Activity, url: string): Array<Record<string, unknown>> {
  const { price } = activity;
  const offer = (name: string, amount: number): Record<string, unknown> => ({
    '@type': 'Offer',
    name,
    price: amount,
    priceCurrency: price.currency,
    availability: 'https://schema.org/InStock',
    url,
  });
  if (price.isFree || price.amount === undefined) return [offer('Gratis', 0)];
  const offers = [offer('Basistarief', price.amount)];
  if (price.reduced !== undefined) offers.push(offer('Reductietarief', price.reduced));
  return offers;
}

/** The schema.org action whose count the sites publish for an activity: people who saved it. */
export const SAVES_ACTION = 'https://schema.org/BookmarkAction';

/**
 * How many people saved the activity, as an event site counts them ("favoriet bij 1.234
 * bezoekers"): the catalogue's popularity on the scale the extension reads back
 * (activity-popularity.ts).
 */
export function savesJsonLd(activity: Activity): Record<string, unknown> {
  return {
    '@type': 'InteractionCounter',
    interactionType: SAVES_ACTION,
    userInteractionCount: activitySaves(activity.popularity),
  };
}

/** schema.org Event (or subtype) document for an activity; `url` is its absolute page URL. */
export function activityJsonLd(activity: Activity, url: string): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    '@type': activity.schemaType,
    '@id': url,
    identifier: activity.id,
    url,
    name: activity.title,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: placeJsonLd(activity.venue),
    organizer: { '@type': 'Organization', name: activity.provider.name },
    offers: offersJsonLd(activity, url),
    isAccessibleForFree: activity.price.isFree,
    interactionStatistic: savesJsonLd(activity),
    additionalType: `https://taxonomy.uitdatabank.be/terms/${activity.eventType.id}`,
    keywords: [activity.eventType.label.nl, ...activity.themes.map((t) => t.label.nl)].join(', '),
    about: activity.themes.map((t) => ({
      '@type': 'DefinedTerm',
      termCode: t.id,
      name: t.label.nl,
    })),
  };
  if (activity.description) doc['description'] = activity.description;
  const spans = occurrences(activity.calendar);
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (first && last) {
    doc['startDate'] = first.start;
    doc['endDate'] = last.end;
  }
  if (activity.calendar.type === 'multiple') {
    doc['subEvent'] = spans.map((s) => ({
      '@type': activity.schemaType,
      name: activity.title,
      startDate: s.start,
      endDate: s.end,
    }));
  }
  const hours = openingHoursOf(activity.calendar);
  if (hours.length) {
    doc['eventSchedule'] = hours.map((h) => ({
      '@type': 'Schedule',
      byDay: h.dayOfWeek.map(schemaDay),
      startTime: h.opens,
      endTime: h.closes,
      scheduleTimezone: 'Europe/Brussels',
      ...(first ? { startDate: first.start.slice(0, 10) } : {}),
      ...(last ? { endDate: last.end.slice(0, 10) } : {}),
    }));
  }
  const { audience } = activity;
  if (audience.minAge !== undefined || audience.maxAge !== undefined) {
    doc['typicalAgeRange'] = `${audience.minAge ?? 0}-${audience.maxAge ?? ''}`;
  }
  return doc;
}
