import { catalogData } from '@verwonder/shared/catalog-data';
import { productRankOptions } from '@verwonder/shared/wonder/product-rank-options.ts';
import { describe, expect, it } from 'vitest';
import { distinctTitles, foldTitle } from './distinct-titles.ts';

describe('distinctTitles', () => {
  const catalog = catalogData();
  const options = productRankOptions({ slots: 12, dial: 0.5, bridge: catalog.bridge() });

  it('keeps a book and an activity of the same title: two suggestions, one crossing media', () => {
    const books = new Map(catalog.books().map((book) => [foldTitle(book.title), book]));
    const play = catalog.activities().find((activity) => books.has(foldTitle(activity.title)));
    expect(play).toBeDefined();
    const book = books.get(foldTitle(play!.title))!;
    expect(distinctTitles([], [book, play!], options)).toEqual([book, play!]);
  });

  it('keeps one of several activities of the same title', () => {
    const markets = catalog
      .activities()
      .filter((activity) => foldTitle(activity.title) === 'rommelmarkt')
      .slice(0, 5);
    expect(markets.length).toBeGreaterThan(1);
    expect(distinctTitles([], markets, options)).toHaveLength(1);
  });
});
