import type { PageItem } from '../page/page-item.ts';

/** Lower case, no diacritics, underscores as spaces: "Young_Adult" and "young adult" meet. */
export function normaliseTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();
}

/** The descriptive terms of an item: genres, keywords, themes (names and codes) and its type. */
export function itemTerms(item: PageItem): string[] {
  const terms = [
    ...item.genres,
    ...item.keywords,
    ...item.themes.flatMap((theme) => (theme.code ? [theme.name, theme.code] : [theme.name])),
    item.type,
  ].map(normaliseTerm);
  return [...new Set(terms.filter(Boolean))];
}

/** Words of three letters or more in the terms, so "jazz" meets "jazz en blues". */
export function termWords(terms: readonly string[]): Set<string> {
  return new Set(
    terms.flatMap((term) => term.split(/[^\p{L}\p{N}.]+/u)).filter((w) => w.length >= 3),
  );
}
