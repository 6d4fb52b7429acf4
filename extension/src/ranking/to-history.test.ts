import { affinities, buildDna } from '@verwonder/shared/wonder/dna/build-dna.ts';
import { describe, expect, it } from 'vitest';

import { toTaste } from '../vault/to-taste.ts';
import { toHistory } from './to-history.ts';

const TIME = '2026-11-01T12:00:00.000Z';

/** A loan as the vault lists it, with the stars the person gave it. */
const vaultLoan = (id: string, genre: string, rating?: number) => ({
  id,
  category: 'loans',
  time: TIME,
  item: { id: `book-${id}`, title: `Book ${id}`, genres: [genre], authors: [`Author ${id}`] },
  data: { action: 'borrowed', ...(rating === undefined ? {} : { rating }) },
});

describe('toHistory (taste records as the wonder algorithm reads them)', () => {
  it("weighs a loan of fewer than 4 stars half, as the vault and the evaluation do (review finding: the extension ignores the loan's stars)", () => {
    const history = toHistory([
      ...toTaste('loans', vaultLoan('a', 'horror', 2)),
      ...toTaste('loans', vaultLoan('b', 'poetry', 5)),
      ...toTaste('loans', vaultLoan('c', 'travel')),
    ]);
    const genre = Object.fromEntries(
      affinities(buildDna(history), 'genre', Date.parse(TIME)).map((a) => [a.key, a.weight]),
    );
    expect(genre.horror).toBeCloseTo(genre.poetry! / 2, 12);
    // Without stars a loan counts fully, as before.
    expect(genre.travel).toBeCloseTo(genre.poetry!, 12);
  });

  it("counts the media of the person's vault records, as the vault does (review finding: the extension ignores the medium of the vault's records)", () => {
    const ticket = (id: string, medium: string) => ({
      id,
      category: 'tickets',
      time: TIME,
      item: { id: `act-${id}`, title: `Concert ${id}`, genres: ['jazz'], medium },
      data: { quantity: 1 },
    });
    const history = toHistory([
      ...toTaste('tickets', ticket('a', 'listen')),
      ...toTaste('tickets', ticket('b', 'listen')),
      ...toTaste('tickets', ticket('c', 'watch')),
      // Not a medium of the vocabulary: left out.
      ...toTaste('tickets', ticket('d', 'smell')),
    ]);
    const media = affinities(buildDna(history), 'medium', Date.parse(TIME)).map((a) => a.key);
    expect(media).toEqual(['listen', 'watch']);
  });

  it('keeps stars on loans only, and only whole stars from 1 to 5', () => {
    const ticket = { ...vaultLoan('t', 'jazz', 2), category: 'tickets' };
    expect(toTaste('tickets', ticket)[0]?.rating).toBeUndefined();
    expect(toTaste('loans', vaultLoan('x', 'jazz', 2.5))[0]?.rating).toBeUndefined();
    expect(toTaste('loans', vaultLoan('y', 'jazz', 9))[0]?.rating).toBeUndefined();
    expect(toTaste('loans', vaultLoan('z', 'jazz', 3))[0]?.rating).toBe(3);
  });
});
