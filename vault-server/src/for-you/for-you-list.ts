import type { CulturalRecord, ItemRefInput } from '@verwonder/shared';
import type { Activity } from '@verwonder/shared/catalog/activity.ts';
import type { CatalogData } from '@verwonder/shared/catalog-data';
import type { Calendar } from '@verwonder/shared/catalog/calendar.ts';
import type { CatalogItem } from '@verwonder/shared/catalog/catalog-item.ts';
import type { ItemModel } from '@verwonder/shared/wonder/model/item-model.ts';
import { productRankOptions } from '@verwonder/shared/wonder/product-rank-options.ts';
import { suggest } from '@verwonder/shared/wonder/suggest.ts';
import { DNA_VIEW_CATEGORIES } from '../dna/owner-dna.ts';

/** How many suggestions the "Voor jou" page shows. */
export const FOR_YOU_SLOTS = 12;

type Text = { nl: string; en: string };

/** One entry of the owner's "Voor jou" list: what, when and where, and why. */
export interface ForYouItem {
  suggestionId: string;
  itemId: string;
  title: string;
  kind: 'book' | 'activity';
  /** Boek, Concert, Theatervoorstelling, Film, ... */
  type: Text;
  isSurprise: boolean;
  explanations: { code: string; text: Text }[];
  /** The next occurrence from today, for activities (none for books and permanent activities). */
  date: { start: string; end: string } | null;
  place: { name: string; street: string; postalCode: string; locality: string } | null;
  /** What a feedback record about this item says about it. */
  item: ItemRefInput;
}

export type ForYouCatalog = Pick<CatalogData, 'books' | 'activities' | 'bridge'>;

const BOOK: Text = { nl: 'Boek', en: 'Book' };

/** The first dated span that has not ended at `now`; permanent activities have none. */
export function nextOccurrence(
  calendar: Calendar,
  now: Date,
): { start: string; end: string } | null {
  const spans =
    calendar.type === 'multiple'
      ? calendar.subEvents.map((span) => ({ start: span.startDate, end: span.endDate }))
      : calendar.type === 'permanent'
        ? []
        : [{ start: calendar.startDate, end: calendar.endDate }];
  return (
    spans
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
      .find((span) => Date.parse(span.end) >= now.getTime()) ?? null
  );
}

/** Permanent activities are always on; dated ones only while a span is still to come. */
const upcoming = (activity: Activity, now: Date): boolean =>
  activity.calendar.type === 'permanent' || nextOccurrence(activity.calendar, now) !== null;

function itemRef(item: CatalogItem): ItemRefInput {
  return {
    id: item.id,
    title: item.title.slice(0, 500),
    kind: item.kind,
    medium: item.medium,
    termIds: [
      ...(item.kind === 'activity' ? [item.eventType.id] : []),
      ...item.themes.map((theme) => theme.id),
    ].slice(0, 50),
    genres: item.genres.slice(0, 50),
    authors: item.kind === 'book' ? item.authors.slice(0, 50) : [],
    ...(item.kind === 'activity' ? { venueId: item.venue.id } : {}),
  };
}

/**
 * The owner's personal set over the whole demo catalogue: books and upcoming activities, ranked by
 * the product's own call (suggest with productRankOptions). Items the person already has a record
 * of are not offered again.
 */
export function forYouList(
  records: readonly CulturalRecord[],
  catalog: ForYouCatalog,
  options: { dial?: number; itemModel?: ItemModel; now?: Date } = {},
): ForYouItem[] {
  const now = options.now ?? new Date();
  const seen = new Set(
    records.flatMap((record) => ('item' in record && record.item ? [record.item.id] : [])),
  );
  const candidates: CatalogItem[] = [
    ...catalog.books(),
    ...catalog.activities().filter((activity) => upcoming(activity, now)),
  ].filter((item) => !seen.has(item.id));
  const byId = new Map(candidates.map((item) => [item.id, item]));
  const suggestions = suggest(
    records,
    candidates,
    DNA_VIEW_CATEGORIES,
    productRankOptions({
      slots: FOR_YOU_SLOTS,
      ...(options.dial === undefined ? {} : { dial: options.dial }),
      ...(options.itemModel ? { itemModel: options.itemModel } : {}),
      bridge: catalog.bridge(),
    }),
  );
  return suggestions.flatMap((suggestion) => {
    const item = byId.get(suggestion.itemId);
    if (!item) return [];
    const activity = item.kind === 'activity' ? item : undefined;
    return [
      {
        suggestionId: suggestion.id,
        itemId: item.id,
        title: item.title,
        kind: item.kind,
        type: activity
          ? { nl: activity.eventType.label.nl, en: activity.eventType.label.en }
          : BOOK,
        isSurprise: suggestion.isSurprise,
        explanations: suggestion.explanations.map((explanation) => ({
          code: explanation.code,
          text: { nl: explanation.text.nl, en: explanation.text.en },
        })),
        date: activity ? nextOccurrence(activity.calendar, now) : null,
        place: activity
          ? {
              name: activity.venue.name,
              street: activity.venue.address.street,
              postalCode: activity.venue.address.postalCode,
              locality: activity.venue.address.locality,
            }
          : null,
        item: itemRef(item),
      },
    ];
  });
}
