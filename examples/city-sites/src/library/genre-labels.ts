import { genreName } from '@verwonder/shared/catalog/genre-labels.ts';

/** Dutch shelf name of a goodbooks-10k genre key; the one list lives in shared. */
export function genreLabel(key: string): string {
  return genreName(key, 'nl');
}
