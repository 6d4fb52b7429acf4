/**
 * The words a person typed as interests (in the options, or their own words in the vault: no term
 * of the vocabulary, "Rubens") met as the vault's "Voor jou" meets them: every longer part of the
 * word in the item's title, place, authors or theme names. A match gives the item the word as a
 * genre key, the key the word's interest record holds (to-history.ts), so the wonder algorithm
 * weighs and explains it like any stated interest.
 */
import type { CatalogItem } from '@verwonder/shared/catalog/catalog-item.ts';

import type { PageItem } from '../page/page-item.ts';
import { normaliseTerm } from './item-terms.ts';
import type { TasteRecord } from './taste-record.ts';

export interface OwnWord {
  /** The genre key the word's record holds. */
  key: string;
  /** Its parts of four letters or more; short ones ("van", "de") would find nearly every item. */
  parts: string[];
}

/** The interests typed as words: the record's label is one of its own terms. */
export function ownWords(records: readonly TasteRecord[]): OwnWord[] {
  const words = new Map<string, OwnWord>();
  for (const record of records) {
    if (record.category !== 'interests') continue;
    const key = normaliseTerm(record.label);
    if (!key || !record.terms.some((term) => normaliseTerm(term) === key)) continue;
    const parts = key.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length >= 4);
    if (parts.length > 0) words.set(key, { key, parts });
  }
  return [...words.values()];
}

/** The candidate with the keys of the own words its page item names; itself when none. */
export function withOwnWords(
  candidate: CatalogItem,
  item: PageItem,
  words: readonly OwnWord[],
): CatalogItem {
  if (words.length === 0) return candidate;
  const text = normaliseTerm(
    [item.name, item.location ?? '', ...item.authors, ...item.themes.map((t) => t.name)].join('\n'),
  );
  const keys = words
    .filter((word) => word.parts.every((part) => text.includes(part)))
    .map((word) => word.key);
  if (keys.length === 0) return candidate;
  return { ...candidate, genres: [...new Set([...candidate.genres, ...keys])] };
}
