/**
 * Which genres a genre implies: a thriller is mostly fiction, a biography mostly non-fiction. From
 * the catalogue, a genre implies another when at least a quarter of its books carry both. A record
 * that holds "thriller" may then be fiction even when it does not say so, so "something new: you
 * never chose fiction" is not said to its owner. The table is committed (genre-implications.json,
 * `npx tsx shared/scripts/build-genre-implications.ts` rebuilds it) so the extension can bundle it without the catalogue.
 */
import table from './genre-implications.json';

/** At least this share of a genre's books carry the implied genre. */
export const IMPLICATION_SHARE = 0.25;

/** The table from books' genre lists (deterministic: sorted keys and values). */
export function computeGenreImplications(
  books: readonly { genres: readonly string[] }[],
): Record<string, string[]> {
  const count = new Map<string, number>();
  const both = new Map<string, number>();
  for (const book of books) {
    const genres = [...new Set(book.genres)];
    for (const g of genres) {
      count.set(g, (count.get(g) ?? 0) + 1);
      for (const h of genres) if (h !== g) both.set(`${g}|${h}`, (both.get(`${g}|${h}`) ?? 0) + 1);
    }
  }
  const out: Record<string, string[]> = {};
  for (const g of [...count.keys()].sort()) {
    const n = count.get(g) ?? 1;
    const implied = [...count.keys()]
      .filter((h) => h !== g && (both.get(`${g}|${h}`) ?? 0) / n >= IMPLICATION_SHARE)
      .sort();
    if (implied.length > 0) out[g] = implied;
  }
  return out;
}

const IMPLIED: Readonly<Record<string, readonly string[]>> = table;

/** The genres `genre` implies (none for an unknown genre). */
export function impliedGenres(genre: string): readonly string[] {
  return IMPLIED[genre] ?? [];
}
