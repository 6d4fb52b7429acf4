import type { PageItem } from '../page/page-item.ts';

/** A book as a page gives it: its genres and keywords, named by its id, nothing else. */
export const pageBook = (id: string, genres: string[], keywords: string[] = []): PageItem => ({
  id,
  type: 'Book',
  kind: 'book',
  name: id,
  authors: [],
  genres,
  keywords,
  themes: [],
});
