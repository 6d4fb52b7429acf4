import type { CulturalRecord } from '@verwonder/shared';
import type { CatalogItem } from '@verwonder/shared/catalog/catalog-item.ts';
import { normaliseText } from '@verwonder/shared/interests/normalise-text.ts';
import { mostRelevantPerKey } from '@verwonder/shared/wonder/most-relevant-per-key.ts';
import type { SuggestOptions } from '@verwonder/shared/wonder/suggest.ts';
import { DNA_VIEW_CATEGORIES } from '../dna/owner-dna.ts';

/** A title as a person reads it: case, accents and spacing do not make two entries differ. */
export const foldTitle = (title: string): string =>
  normaliseText(title).replace(/\s+/g, ' ').trim();

/**
 * An item's kind and folded title, kept while the item is (folding them all takes ~50 ms). The kind
 * is part of it: "Hamlet" the book and "Hamlet" the play are two suggestions, and one crosses media.
 */
const folded = new WeakMap<CatalogItem, string>();
const titleKeyOf = (item: CatalogItem): string => {
  let key = folded.get(item);
  if (key === undefined) folded.set(item, (key = `${item.kind}:${foldTitle(item.title)}`));
  return key;
};

/**
 * The candidates with each folded title once per kind, before anything is ranked: the demo
 * catalogue has a "Rommelmarkt" per date and venue, and a title shown twice is a slot of twelve
 * lost. The one kept is the one the product's own relevance (`suggest`'s,
 * with the same options) puts first: venue, distance, weekday and price tell namesakes apart, and
 * they mostly share themes, genres and medium, so the re-ranker would weigh them by it too.
 * Repeats are not cut from the ranked list instead: the re-ranker's choice for k slots is no prefix
 * of its choice for more (the dial's knobs, the surprise quota, the media mix depend on k), so
 * refilling the slot would take a second, different ranking, and then maybe a third.
 */
export function distinctTitles(
  records: readonly CulturalRecord[],
  candidates: readonly CatalogItem[],
  options: SuggestOptions,
): CatalogItem[] {
  return mostRelevantPerKey(records, candidates, DNA_VIEW_CATEGORIES, options, titleKeyOf);
}
