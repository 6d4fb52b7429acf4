/**
 * A page item as the wonder algorithm's candidate (a CatalogItem). The page says less than the
 * catalogue: what it lacks gets a neutral value (popularity 0, audience everyone, free, no known
 * place), so only what the page really shows can make an item rank higher. Its popularity comes from
 * the page's own count, on the catalogue's scale for its kind, so the re-ranker's novelty (the rank
 * of popularity among the page's candidates) and the popularity prior weigh it as the vault does: a
 * book's rating count (book-popularity.ts; the library publishes it), an activity's count of saves
 * (activity-popularity.ts; the agenda and museum publish it as an interactionStatistic).
 */
import type { Activity } from '@verwonder/shared/catalog/activity.ts';
import { ACTIVITY_SCHEMA_TYPES } from '@verwonder/shared/catalog/activity-schema-types.ts';
import type { Book } from '@verwonder/shared/catalog/book.ts';
import type { CatalogItem } from '@verwonder/shared/catalog/catalog-item.ts';
import { eventTypeMedium } from '@verwonder/shared/catalog/event-type-medium.ts';
import { activityPopularity } from '@verwonder/shared/catalog/activity-popularity.ts';
import { bookPopularity } from '@verwonder/shared/catalog/book-popularity.ts';

import { interestTerm } from '@verwonder/shared/interests/interest-vocabulary.ts';

import type { PageItem } from '../page/page-item.ts';
import { normaliseTerm, termWords } from './item-terms.ts';

const ACTIVITY_TYPES: ReadonlySet<string> = new Set(ACTIVITY_SCHEMA_TYPES);

const isActivityType = (type: string): type is Activity['schemaType'] => ACTIVITY_TYPES.has(type);

const text = (value: string) => ({ nl: value, en: value });
const UIT_CODE = /^\d+(\.\d+){2,}$/;
/** The taxonomy's own label for a code (an event type or a theme), when it knows the code. */
const taxonomyLabel = (code: string | undefined) => (code ? interestTerm(code)?.label : undefined);
const eventTypeLabel = (item: PageItem) => {
  const known = taxonomyLabel(item.eventTypeId);
  return known ? { ...known } : text(item.type);
};
/**
 * A coded theme keeps the page's own (Dutch) name and takes its English name from the UiT
 * taxonomy, so an English reason does not name it in Dutch ("reading about heritage", not
 * "erfgoed"); a code the taxonomy lacks keeps the page's name in both.
 */
const themeLabel = (name: string, code: string) => ({
  nl: name,
  en: (UIT_CODE.test(code) ? taxonomyLabel(code)?.en : undefined) ?? name,
});

/**
 * The item's genre keys: its genres, keywords and uncoded themes, normalised as the person's
 * terms are, plus their words, so a one-word interest ("jazz") meets "Jazz en blues".
 */
export function candidateGenres(item: PageItem): string[] {
  const terms = [...item.genres, ...item.keywords, ...item.themes.map((theme) => theme.name)]
    .map(normaliseTerm)
    .filter(Boolean);
  return [...new Set([...terms, ...termWords(terms)])];
}

/** `provider` names where the item was found: the site (the page does not say more reliably). */
export function toCandidate(item: PageItem, site: { id: string; name: string }): CatalogItem {
  const base = {
    id: item.id,
    title: item.name,
    ...(item.description ? { description: item.description } : {}),
    themes: [
      ...item.themes.flatMap((theme) =>
        theme.code
          ? [
              {
                id: theme.code,
                domain: 'theme' as const,
                label: themeLabel(theme.name, theme.code),
              },
            ]
          : [],
      ),
      // The event type is matched like a theme: an interest in "Concert" meets every concert.
      ...(item.eventTypeId && UIT_CODE.test(item.eventTypeId)
        ? [{ id: item.eventTypeId, domain: 'theme' as const, label: eventTypeLabel(item) }]
        : []),
    ],
    genres: candidateGenres(item),
    tags: [],
    provider: site,
    audience: { type: 'everyone' as const },
  };
  if (item.kind === 'book') {
    const book: Book = {
      ...base,
      kind: 'book',
      schemaType: 'Book',
      medium: 'read',
      authors: item.authors,
      ratingsCount: 0,
      // The page's rating count on the catalogue's scale for books.
      popularity: item.popularity === undefined ? 0 : bookPopularity(item.popularity),
    };
    return book;
  }
  const start = item.startDate;
  const activity: Activity = {
    ...base,
    kind: 'activity',
    schemaType: isActivityType(item.type) ? item.type : 'Event',
    // As the catalogue gives it (a concert is listened to, a film watched): the media mix weighs it.
    medium: eventTypeMedium(item.type, item.eventTypeId),
    eventType: {
      id: item.eventTypeId ?? `schema:${item.type}`,
      domain: 'eventtype',
      label: eventTypeLabel(item),
    },
    // The page names the place at most: no id, address or coordinates to match on.
    venue: {
      id: 'venue-unknown',
      name: item.location ?? '',
      kind: 'event-hall',
      address: { street: '', postalCode: '2000', locality: 'Antwerpen', district: 'Antwerpen' },
      geo: { latitude: 0, longitude: 0 },
    },
    calendar: start
      ? { type: 'single', startDate: start, endDate: start }
      : { type: 'permanent', openingHours: [] },
    price: { isFree: true, currency: 'EUR' },
    // How many saved it, on the catalogue's scale for activities.
    popularity: item.saves === undefined ? 0 : activityPopularity(item.saves),
    ...(item.url ? { url: item.url } : {}),
  };
  return activity;
}
