/**
 * The person's own words (InterestsData.words: "Rubens", "geschiedenis van Antwerpen") met as one
 * rule wherever "Voor jou" is made: the vault's page (vault-server/src/for-you/for-you-list.ts) and
 * the extension's marks on city sites (extension/src/ranking/own-word-slots.ts). A word names no
 * term, so this is the only way it counts. Zod-free: the extension's worker bundles it.
 */
import type { CatalogItem } from '../catalog/catalog-item.ts';
import type { LocalizedText } from '../model/localized-text.ts';
import { normaliseText } from './normalise-text.ts';

/** At most this many "Voor jou" come from the person's own words, one per word. */
export const OWN_WORD_SLOTS = 3;

/** The reason a suggestion holds an own word, as the person typed it. */
export const ownWordReason = (word: string): LocalizedText => ({
  nl: `Je typte zelf “${word}”`,
  en: `You typed “${word}” yourself`,
});

/**
 * The parts of a word that must all be found, case and accents aside ("rubéns" finds
 * "Rubenshuis"); short ones ("van", "de") would find nearly every item, so a word of only short
 * parts matches nothing.
 */
export function ownWordParts(word: string): string[] {
  return normaliseText(word)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length >= 4);
}

/** What an own word is matched against: the title, the place (venue), the themes, the authors. */
export function catalogItemTexts(item: CatalogItem): string[] {
  const texts = [item.title, ...item.themes.flatMap((theme) => [theme.label.nl, theme.label.en])];
  if (item.kind === 'activity') texts.push(item.venue.name);
  else texts.push(...item.authors);
  return texts;
}

/**
 * For each word, the candidates it really matches: every longer part of the word in one of the
 * texts `textsOf` gives for the candidate. Words that match nothing are left out.
 */
export function ownWordMatchesBy<T>(
  words: readonly string[],
  candidates: readonly T[],
  textsOf: (candidate: T) => readonly string[],
): Map<string, T[]> {
  const wanted = words.map((word) => ({ word, parts: ownWordParts(word) }));
  const texts = wanted.some((entry) => entry.parts.length > 0)
    ? candidates.map((candidate) => normaliseText(textsOf(candidate).join(' \n ')))
    : [];
  const matches = new Map<string, T[]>();
  for (const { word, parts: all } of wanted) {
    if (all.length === 0) continue;
    const hits = candidates.filter((_, index) => all.every((part) => texts[index]!.includes(part)));
    if (hits.length > 0) matches.set(word, hits);
  }
  return matches;
}

/**
 * For each of the person's own words, the catalogue items it really matches: every longer part of
 * the word ("geschiedenis", "antwerpen") in the item's title, venue, theme labels or authors.
 */
export function ownWordMatches(
  words: readonly string[],
  candidates: readonly CatalogItem[],
): Map<string, CatalogItem[]> {
  return ownWordMatchesBy(words, candidates, catalogItemTexts);
}
