import type { CulturalRecord, ItemRefInput } from '@verwonder/shared';
import type { Activity } from '@verwonder/shared/catalog/activity.ts';
import type { CatalogData } from '@verwonder/shared/catalog-data';
import type { Calendar } from '@verwonder/shared/catalog/calendar.ts';
import type { CatalogItem } from '@verwonder/shared/catalog/catalog-item.ts';
import type { ItemModel } from '@verwonder/shared/wonder/model/item-model.ts';
import type { Suggestion } from '@verwonder/shared';
import { affinities, buildDna } from '@verwonder/shared/wonder/dna/build-dna.ts';
import { productRankOptions } from '@verwonder/shared/wonder/product-rank-options.ts';
import {
  OWN_WORD_SLOTS,
  ownWordMatches,
  ownWordReason,
} from '@verwonder/shared/interests/own-word-matches.ts';
import { DIAL_PRESETS } from '@verwonder/shared/wonder/rerank/dial.ts';
import { suggest } from '@verwonder/shared/wonder/suggest.ts';
import { MEDIA } from '@verwonder/shared/wire/vocabulary.ts';
import { DNA_VIEW_CATEGORIES, ownWords } from '../dna/owner-dna.ts';
import { allotSlots, mediaShares } from './media-shares.ts';

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

const ownWordExplanation = (word: string) => ({ code: 'own-word', text: ownWordReason(word) });

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
 * The slots by the person's media mix (the DNA's, as the DNA page shows it): a history of loans and
 * concert tickets gets books and concerts, not books only, whatever the dial. The dial's part
 * (a quarter of it) goes to media the person has not tried yet. Each medium is ranked on its own by
 * the product's call; the lists are interleaved by position, so every medium shows near the top.
 */
function rankByMediaMix(
  records: readonly CulturalRecord[],
  candidates: readonly CatalogItem[],
  rank: (pool: readonly CatalogItem[], k: number) => Suggestion[],
  dial: number,
  slots: number,
): Suggestion[] {
  const latest = Math.max(0, ...records.map((record) => Date.parse(record.time) || 0));
  const allotted = allotSlots(
    mediaShares(affinities(buildDna(records), 'medium', latest)),
    slots,
    dial / 4,
  );
  if (allotted.size === 0) return rank(candidates, slots);
  const placed: { suggestion: Suggestion; at: number; order: number }[] = [];
  for (const [order, medium] of MEDIA.entries()) {
    const slots = allotted.get(medium) ?? 0;
    if (slots === 0) continue;
    const pool = candidates.filter((item) => item.medium === medium);
    for (const [index, suggestion] of rank(pool, slots).entries())
      placed.push({ suggestion, at: (index + 0.5) / slots, order });
  }
  const picked = placed
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map((entry) => entry.suggestion);
  if (picked.length >= slots) return picked.slice(0, slots);
  // A medium with too few candidates: the rest from everything not picked yet.
  const taken = new Set(picked.map((suggestion) => suggestion.itemId));
  return [
    ...picked,
    ...rank(
      candidates.filter((item) => !taken.has(item.id)),
      slots - picked.length,
    ),
  ];
}

/**
 * The owner's personal set over the whole demo catalogue: books and upcoming activities, slots
 * allotted by the person's media mix, each medium ranked by the product's own call (suggest with
 * productRankOptions). Items the person already has a record of are not offered again.
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
  const dial = options.dial ?? DIAL_PRESETS.default;
  const bridge = catalog.bridge();
  const rank = (pool: readonly CatalogItem[], k: number) =>
    suggest(
      records,
      pool,
      DNA_VIEW_CATEGORIES,
      productRankOptions({
        slots: k,
        dial,
        ...(options.itemModel ? { itemModel: options.itemModel } : {}),
        bridge,
      }),
    );
  // The person's own words first: per word, the best of what it matches (ranked like the rest).
  const typed = new Map<string, string>();
  const words = ownWords(records).map((entry) => entry.word);
  for (const [word, pool] of ownWordMatches(words, candidates)) {
    if (typed.size >= OWN_WORD_SLOTS) break;
    const [best] = rank(
      pool.filter((item) => !typed.has(item.id)),
      1,
    );
    if (best) typed.set(best.itemId, word);
  }
  const suggestions = [
    ...rank(
      candidates.filter((item) => typed.has(item.id)),
      typed.size,
    ),
    ...rankByMediaMix(
      records,
      candidates.filter((item) => !typed.has(item.id)),
      rank,
      dial,
      FOR_YOU_SLOTS - typed.size,
    ),
  ];
  return suggestions.flatMap((suggestion) => {
    const item = byId.get(suggestion.itemId);
    if (!item) return [];
    const activity = item.kind === 'activity' ? item : undefined;
    const word = typed.get(item.id);
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
        explanations: [
          ...(word === undefined ? [] : [ownWordExplanation(word)]),
          ...suggestion.explanations.map((explanation) => ({
            code: explanation.code,
            text: { nl: explanation.text.nl, en: explanation.text.en },
          })),
        ],
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
