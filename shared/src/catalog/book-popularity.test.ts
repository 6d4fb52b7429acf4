import { describe, expect, it } from 'vitest';

import { BOOK_RATINGS_COUNT_MAX, bookPopularity } from './book-popularity.ts';
import { catalogData } from './catalog-data.ts';

describe('bookPopularity', () => {
  const books = catalogData().books();

  it("gives every catalogue book its committed popularity from its ratings count, at the catalogue's top", () => {
    expect(Math.max(...books.map((book) => book.ratingsCount))).toBe(BOOK_RATINGS_COUNT_MAX);
    const wrong = books.filter((book) => bookPopularity(book.ratingsCount) !== book.popularity);
    expect(wrong.map((book) => book.id)).toEqual([]);
  });

  it('grows with the count from 0 to 1, and stays 1 beyond the top', () => {
    expect(bookPopularity(0)).toBe(0);
    expect(bookPopularity(1000)).toBeLessThan(bookPopularity(100_000));
    expect(bookPopularity(BOOK_RATINGS_COUNT_MAX)).toBe(1);
    expect(bookPopularity(BOOK_RATINGS_COUNT_MAX * 3)).toBe(1);
  });
});
