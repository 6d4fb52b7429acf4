/**
 * The words a person typed as interests (in the options, or their own words in the vault: no term
 * of the vocabulary, "Rubens") met as the vault's "Voor jou" meets them, by shared's rule
 * (shared/src/interests/own-word-matches.ts): every longer part of the word in the item's title,
 * place, authors or theme names. A match gives the item the word as a genre key, the key the word's
 * interest record holds (to-history.ts), so the wonder algorithm weighs and explains it like any
 * stated interest; the vault's own words also get slots of their own (own-word-slots.ts).
 */
import type { CatalogItem } from '@verwonder/shared/catalog/catalog-item.ts';
import { ownWordMatchesBy } from '@verwonder/shared/interests/own-word-matches.ts';

import type { PageItem } from '../page/page-item.ts';
import { normaliseTerm } from './item-terms.ts';
import type { TasteRecord } from './taste-record.ts';

export interface OwnWord {
  /** The genre key the word's record holds. */
  key: string;
  /** The word as the person typed it (the first record's, when typed twice). */
  word: string;
  /** The records that hold it. */
  recordIds: string[];
  /** Typed in the vault (InterestsData.words), not in the extension's options. */
  fromVault: boolean;
}

/** The interests typed as words: the record's label is one of its own terms. */
export function ownWords(records: readonly TasteRecord[]): OwnWord[] {
  const words = new Map<string, OwnWord>();
  for (const record of records) {
    if (record.category !== 'interests') continue;
    const key = normaliseTerm(record.label);
    if (!key || !record.terms.some((term) => normaliseTerm(term) === key)) continue;
    const known = words.get(key);
    const fromVault = record.ownWord === true;
    if (!known) words.set(key, { key, word: record.label, recordIds: [record.id], fromVault });
    else {
      known.recordIds.push(record.id);
      known.fromVault ||= fromVault;
    }
  }
  return [...words.values()];
}

/** What an own word is matched against on a page. */
const pageItemTexts = (item: PageItem): string[] => [
  item.name,
  item.location ?? '',
  ...item.authors,
  ...item.themes.map((theme) => theme.name),
];

/** Per word key, the page's items that name it; words that name none are left out. */
export function ownWordHits(
  words: readonly OwnWord[],
  items: readonly PageItem[],
): Map<string, PageItem[]> {
  return ownWordMatchesBy(
    words.map((word) => word.key),
    items,
    pageItemTexts,
  );
}

/** The candidate with the keys of the own words its page item names; itself when none. */
export function withOwnWords(
  candidate: CatalogItem,
  item: PageItem,
  hits: ReadonlyMap<string, readonly PageItem[]>,
): CatalogItem {
  const keys = [...hits].filter(([, items]) => items.includes(item)).map(([key]) => key);
  if (keys.length === 0) return candidate;
  return { ...candidate, genres: [...new Set([...candidate.genres, ...keys])] };
}
