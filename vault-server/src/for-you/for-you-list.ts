import type { CulturalRecord, ItemRefInput } from '@verwonder/shared';
import type { CatalogData } from '@verwonder/shared/catalog-data';
import type { CatalogItem } from '@verwonder/shared/catalog/catalog-item.ts';
import { toItemRef } from '@verwonder/shared/catalog/to-item-ref.ts';
import type { ItemModel } from '@verwonder/shared/wonder/model/item-model.ts';
import { productRankOptions } from '@verwonder/shared/wonder/product-rank-options.ts';
import {
  OWN_WORD_SLOTS,
  ownWordMatches,
  ownWordReason,
} from '@verwonder/shared/interests/own-word-matches.ts';
import { DIAL_PRESETS } from '@verwonder/shared/wonder/rerank/dial.ts';
import { suggest } from '@verwonder/shared/wonder/suggest.ts';
import { DNA_VIEW_CATEGORIES, ownWords } from '../dna/owner-dna.ts';
import { distinctTitles } from './distinct-titles.ts';
import { nextOccurrence, upcoming } from './next-occurrence.ts';
import { rankByMediaMix } from './rank-by-media-mix.ts';

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

/**
 * The owner's personal set over the whole demo catalogue: books and upcoming activities, slots
 * allotted by the person's media mix, each medium ranked by the product's own call (suggest with
 * productRankOptions). Items the person already has a record of are not offered again, and each
 * title only once (`distinctTitles`).
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
  const dial = options.dial ?? DIAL_PRESETS.default;
  const bridge = catalog.bridge();
  const rankOptions = (k: number) =>
    productRankOptions({
      slots: k,
      dial,
      ...(options.itemModel ? { itemModel: options.itemModel } : {}),
      bridge,
    });
  const rank = (pool: readonly CatalogItem[], k: number) =>
    suggest(records, pool, DNA_VIEW_CATEGORIES, rankOptions(k));
  const candidates = distinctTitles(
    records,
    [
      ...catalog.books(),
      ...catalog.activities().filter((activity) => upcoming(activity, now)),
    ].filter((item) => !seen.has(item.id)),
    rankOptions(FOR_YOU_SLOTS),
  );
  const byId = new Map(candidates.map((item) => [item.id, item]));
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
        item: toItemRef(item),
      },
    ];
  });
}
