import { pageBook } from './page-book.ts';

/** A small shelf: two fantasy books, a thriller, a cookbook, a poetry book. */
export const SMALL_SHELF = [
  pageBook('hobbit', ['Fantasy', 'Klassiekers'], ['fantasy', 'classics']),
  pageBook('earthsea', ['Fantasy'], ['fantasy', 'young_adult']),
  pageBook('thriller', ['Thrillers', 'Mysterie'], ['thriller', 'mystery']),
  pageBook('cookbook', ['Koken'], ['cookbook']),
  pageBook('poems', ['Poëzie'], ['poetry']),
];
