import type { CatalogItem } from '@verwonder/shared/catalog/catalog-item.ts';

/** Case and accents aside, so "rubéns" finds "Rubenshuis". */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The parts of a word that must all be found; short ones ("van", "de") would find nearly every
 * item, so a word of only short parts matches nothing.
 */
function parts(word: string): string[] {
  return fold(word)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part.length >= 4);
}

/** What an own word is matched against: the title, the place (venue), the themes, the authors. */
function itemText(item: CatalogItem): string {
  const texts = [item.title, ...item.themes.flatMap((theme) => [theme.label.nl, theme.label.en])];
  if (item.kind === 'activity') texts.push(item.venue.name);
  else texts.push(...item.authors);
  return fold(texts.join(' \n '));
}

/**
 * For each of the person's own words, the candidates it really matches: every longer part of the
 * word ("geschiedenis", "antwerpen") in the item's title, venue, theme labels or authors. A word
 * names no term, so this is the only way it counts. Words that match nothing are left out.
 */
export function ownWordMatches(
  words: readonly string[],
  candidates: readonly CatalogItem[],
): Map<string, CatalogItem[]> {
  const wanted = words.map((word) => ({ word, parts: parts(word) }));
  const texts = wanted.some((entry) => entry.parts.length > 0) ? candidates.map(itemText) : [];
  const matches = new Map<string, CatalogItem[]>();
  for (const { word, parts: all } of wanted) {
    if (all.length === 0) continue;
    const hits = candidates.filter((_, index) => all.every((part) => texts[index]!.includes(part)));
    if (hits.length > 0) matches.set(word, hits);
  }
  return matches;
}
