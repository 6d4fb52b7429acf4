/**
 * A book's popularity from how many people rated it: the one scale the catalogue build gives its
 * books and the extension gives a page's rating count, so that both rank a page's books alike (the
 * re-ranker's novelty is the rank of popularity, ties included) and weigh the popularity prior
 * alike. Zod-free, so the extension's worker bundles it.
 */

/** The most ratings a catalogue book has (goodbooks-10k's most rated): the top of the scale. */
export const BOOK_RATINGS_COUNT_MAX = 4_942_365;

/** log1p(count) / log1p(max) to 4 decimals, as the catalogue stores it; a count beyond `max` is 1. */
export function bookPopularity(ratingsCount: number, max = BOOK_RATINGS_COUNT_MAX): number {
  const share = Math.log1p(Math.max(0, ratingsCount)) / Math.log1p(max);
  return Math.min(1, Math.round(share * 10_000) / 10_000);
}
