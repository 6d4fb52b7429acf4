import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from './parse-csv.ts';
import { buildRatingDataset, type RatingDataset } from './rating-dataset.ts';

/** MovieLens latest-small: ratings.csv (userId,movieId,rating,timestamp) and movies.csv genres. */
export function loadMovielens(dir: string): RatingDataset {
  const movies = parseCsvRecords(readFileSync(join(dir, 'movies.csv'), 'utf8')).map((r) => ({
    id: Number(r.movieId),
    title: r.title ?? '',
    genres: (r.genres ?? '').split('|').filter((g) => g && g !== '(no genres listed)'),
  }));
  const lines = readFileSync(join(dir, 'ratings.csv'), 'utf8').split('\n');
  const interactions = [];
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k];
    if (!line) continue;
    const [user, movie, rating, time] = line.split(',');
    interactions.push({
      user: Number(user),
      item: Number(movie),
      rating: Number(rating),
      time: Number(time),
    });
  }
  return buildRatingDataset('movielens', movies, interactions);
}
