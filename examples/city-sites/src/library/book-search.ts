import type { Book } from '@verwonder/shared/catalog/index.ts';
import { matchesAllWords, normalizeText, queryWords } from '../catalog/text-match.ts';
import { genreLabel } from './genre-labels.ts';

export type SearchField = 'alles' | 'titel' | 'auteur' | 'genre';
export type BookSort = 'populair' | 'titel' | 'nieuw';

interface IndexedBook {
  book: Book;
  title: string;
  authors: string;
  genres: string;
}

export interface BookSearch {
  q?: string;
  field: SearchField;
  genre?: string;
  sort: BookSort;
}

export interface BookSearchResult {
  books: Book[];
  /** Genre key -> number of matching books before the genre filter, most frequent first. */
  genreCounts: Array<[string, number]>;
}

/** An in-memory index over the library's books; searching is a linear scan (a few thousand items). */
export class BookIndex {
  private readonly entries: IndexedBook[];
  private readonly byId: Map<string, Book>;
  readonly genres: ReadonlySet<string>;

  constructor(books: readonly Book[]) {
    this.entries = books.map((book) => ({
      book,
      title: normalizeText(book.title),
      authors: normalizeText(book.authors.join(' ')),
      genres: normalizeText(
        book.genres.map((g) => `${g.replace(/_/g, ' ')} ${genreLabel(g)}`).join(' '),
      ),
    }));
    this.byId = new Map(books.map((b) => [b.id, b]));
    this.genres = new Set(books.flatMap((b) => b.genres));
  }

  get size(): number {
    return this.entries.length;
  }

  get(id: string): Book | undefined {
    return this.byId.get(id);
  }

  search(s: BookSearch): BookSearchResult {
    const words = s.q ? queryWords(s.q) : [];
    const matched = words.length
      ? this.entries.filter((e) => matchesAllWords(haystack(e, s.field), words))
      : this.entries;
    const counts = new Map<string, number>();
    for (const e of matched) for (const g of e.book.genres) counts.set(g, (counts.get(g) ?? 0) + 1);
    const filtered = s.genre
      ? matched.filter((e) => e.book.genres.includes(s.genre as string))
      : matched;
    const titleHit = (e: IndexedBook): number =>
      words.length && matchesAllWords(e.title, words) ? 1 : 0;
    const sorted = [...filtered].sort((a, b) => {
      if (s.sort === 'titel') return a.book.title.localeCompare(b.book.title, 'nl');
      if (s.sort === 'nieuw')
        return (
          (b.book.year ?? -9999) - (a.book.year ?? -9999) || b.book.popularity - a.book.popularity
        );
      return titleHit(b) - titleHit(a) || b.book.popularity - a.book.popularity;
    });
    return {
      books: sorted.map((e) => e.book),
      genreCounts: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    };
  }
}

function haystack(e: IndexedBook, field: SearchField): string {
  if (field === 'titel') return e.title;
  if (field === 'auteur') return e.authors;
  if (field === 'genre') return e.genres;
  return `${e.title} ${e.authors} ${e.genres}`;
}
