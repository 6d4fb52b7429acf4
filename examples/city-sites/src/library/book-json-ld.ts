import type { Book } from '@verwonder/shared/catalog/index.ts';
import { bookLanguage } from './book-language.ts';
import { genreLabel } from './genre-labels.ts';

export const bookPath = (book: Pick<Book, 'id'>): string => `/boek/${encodeURIComponent(book.id)}`;

/** schema.org Book for one catalogue book; `baseUrl` makes the url absolute. */
export function bookJsonLd(book: Book, baseUrl: string): Record<string, unknown> {
  const url = `${baseUrl}${bookPath(book)}`;
  const doc: Record<string, unknown> = {
    '@type': 'Book',
    '@id': url,
    identifier: book.id,
    url,
    name: book.title,
    author: book.authors.map((name) => ({ '@type': 'Person', name })),
    genre: book.genres.map(genreLabel),
    keywords: book.genres.join(', '),
  };
  if (book.description) doc['description'] = book.description;
  if (book.year !== undefined) doc['datePublished'] = String(book.year);
  const language = bookLanguage(book.language);
  if (language) doc['inLanguage'] = language.tag;
  if (book.isbn) doc['isbn'] = book.isbn;
  if (book.themes.length)
    doc['about'] = book.themes.map((t) => ({
      '@type': 'DefinedTerm',
      termCode: t.id,
      name: t.label.nl,
    }));
  if (book.averageRating !== undefined && book.ratingsCount > 0) {
    doc['aggregateRating'] = {
      '@type': 'AggregateRating',
      ratingValue: book.averageRating,
      ratingCount: book.ratingsCount,
      bestRating: 5,
      worstRating: 1,
    };
  }
  doc['provider'] = { '@type': 'Library', name: book.provider.name };
  return doc;
}
