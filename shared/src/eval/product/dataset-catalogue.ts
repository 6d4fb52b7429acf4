import type { Book } from '../../catalog/book.ts';
import type { CatalogItem } from '../../catalog/catalog-item.ts';
import { toItemRef } from '../../catalog/to-item-ref.ts';
import type { CulturalRecord } from '../../model/cultural-record.ts';
import type { RatingDataset } from '../data/rating-dataset.ts';
import type { Split } from '../split.ts';

/** goodbooks has no timestamps: every loan gets this one, so no decay applies. */
const UNDATED = '2026-01-01T12:00:00+00:00';

/**
 * The data set's items as the product's candidates. Items the demo catalogue has (all goodbooks
 * books) are taken from it as they are, themes and authors included; others (MovieLens films) are
 * built as catalogue items of kind book, since the product has no film kind, with their genres,
 * no themes or authors, and their training popularity.
 */
export function datasetCandidates(
  ds: RatingDataset,
  trainCounts: Int32Array,
  fromCatalogue: (id: string) => CatalogItem | undefined,
): CatalogItem[] {
  return ds.itemIds.map((external, i) => {
    const id = `book-${external}`;
    const known = fromCatalogue(id);
    if (known) return known;
    const genres = Array.from(ds.itemGenres[i] as Int32Array, (g) => ds.genreNames[g] as string);
    const book: Book = {
      id,
      kind: 'book',
      schemaType: 'Book',
      medium: 'read',
      title: ds.itemTitles[i] || id,
      themes: [],
      genres,
      tags: [],
      authors: [],
      provider: { id: ds.name, name: ds.name },
      audience: { type: 'everyone' },
      popularity: trainCounts[i] as number,
      ratingsCount: trainCounts[i] as number,
    } as unknown as Book;
    return book;
  });
}

/** A user's training items as the loans the vault would hold: one record each, with their stars. */
export function trainingHistory(
  split: Split,
  user: number,
  candidates: readonly CatalogItem[],
): CulturalRecord[] {
  const times = split.trainTimes?.[user];
  const ratings = split.trainRatings[user] ?? [];
  return Array.from(split.train[user] as Int32Array, (i, t) => {
    const item = candidates[i] as CatalogItem;
    const at = times?.[t];
    return {
      id: `u${user}-${t}`,
      category: 'loans',
      time: at === undefined ? UNDATED : new Date(at * 1000).toISOString().replace('Z', '+00:00'),
      source: { type: 'person' },
      item: { termIds: [], genres: [], authors: [], ...toItemRef(item) },
      // The person's own stars: the data sets' ratings, whole stars (MovieLens has half ones).
      data: { action: 'borrowed', rating: Math.min(5, Math.max(1, Math.floor(ratings[t] ?? 5))) },
    } as CulturalRecord;
  });
}
