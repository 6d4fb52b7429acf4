import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from './parse-csv.ts';
import { buildRatingDataset, type RatingDataset } from './rating-dataset.ts';

/** goodbooks-sample: Ratings.csv (book_id,user_id,rating), Books.csv titles, book_genres.csv (`a|b|c`). */
export function loadGoodbooks(dir: string): RatingDataset {
  const genres = new Map<number, string[]>();
  for (const r of parseCsvRecords(readFileSync(join(dir, 'book_genres.csv'), 'utf8'))) {
    genres.set(Number(r.book_id), (r.genres ?? '').split('|').filter(Boolean));
  }
  const books = parseCsvRecords(readFileSync(join(dir, 'Books.csv'), 'utf8')).map((r) => {
    const id = Number(r.book_id);
    return { id, title: r.title ?? '', genres: genres.get(id) ?? [] };
  });
  const lines = readFileSync(join(dir, 'Ratings.csv'), 'utf8').split('\n');
  const interactions = [];
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k];
    if (!line) continue;
    const [book, user, rating] = line.split(',');
    interactions.push({ item: Number(book), user: Number(user), rating: Number(rating) });
  }
  return buildRatingDataset('goodbooks', books, interactions);
}
