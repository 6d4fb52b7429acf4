import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Audience } from '../../src/catalog/audience.ts';
import type { Book } from '../../src/catalog/book.ts';
import { bookPopularity } from '../../src/catalog/book-popularity.ts';
import type { GenreThemeBridge } from '../../src/catalog/genre-theme-bridge.ts';
import { parseCsvRecords } from '../../src/eval/data/parse-csv.ts';
import { GENRE_ALIASES, TAG_GENRES } from './genre-theme-map.ts';
import { cleanDescription, repairMojibake } from './repair-text.ts';
import type { TaxonomyIndex } from './taxonomy-index.ts';
import { slugify } from './venues-data.ts';

export const LIBRARY_PROVIDER = {
  id: 'bibliotheek-antwerpen',
  name: 'Bibliotheek Antwerpen',
} as const;

export interface BooksResult {
  books: Book[];
  /** goodbooks-sample titles that differ from (and are replaced by) the goodbooks-10k spelling. */
  repairedTitles: number;
  repairedAuthors: number;
}

const JUNK_TAG =
  /^(read-in-\d+|to-read|currently-reading|favou?rites?|my-books|books-i-own|owned|netgalley|audible|audio|audiobooks?|kindle|e-?books?|bookclub|book-club|oprah.*|rory-gilmore.*|default|novels?|adult|teen|series)$/;

const readCsv = (dir: string, file: string) =>
  parseCsvRecords(readFileSync(join(dir, file), 'utf8'));

/** Themes of a book: bridge weights summed over its genres (earlier genres count more). */
export function themesForGenres(genres: readonly string[], bridge: GenreThemeBridge): string[] {
  const score = new Map<string, number>();
  genres.forEach((g, i) => {
    for (const link of bridge[g] ?? []) {
      score.set(
        link.themeId,
        (score.get(link.themeId) ?? 0) + link.weight * Math.max(0.5, 1 - i * 0.2),
      );
    }
  });
  return [...score.entries()]
    .filter(([, s]) => s >= 0.3)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 4)
    .map(([id]) => id);
}

function audienceFor(genres: readonly string[]): Audience {
  if (genres.includes('picture_books')) return { type: 'children', minAge: 2, maxAge: 7 };
  if (genres.includes('childrens')) return { type: 'children', minAge: 4, maxAge: 11 };
  if (genres.includes('middle_grade')) return { type: 'children', minAge: 8, maxAge: 12 };
  if (genres.includes('young_adult') || genres.includes('young_adult_fantasy'))
    return { type: 'everyone', minAge: 12 };
  if (genres.includes('erotica')) return { type: 'everyone', minAge: 18 };
  return { type: 'everyone' };
}

function isbn10(raw: string): string | undefined {
  const v = raw.trim().toUpperCase();
  if (!/^[0-9]{1,9}[0-9X]$/.test(v)) return undefined;
  // The CSV lost leading zeros of ISBN-10s.
  return v.padStart(10, '0');
}

const looseWords = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s*\(.*\)$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** goodbooks' original title where it differs from the title in more than case, accents and punctuation. */
export function distinctOriginalTitle(title: string, original: string): string | undefined {
  const trimmed = original.replace(/\s+/g, ' ').trim();
  if (!trimmed || looseWords(trimmed) === looseWords(title)) return undefined;
  return trimmed;
}

/** All goodbooks-10k books, with genres, descriptions and tags from goodbooks-sample. */
export function buildBooks(
  dataDir: string,
  bridge: GenreThemeBridge,
  taxonomy: TaxonomyIndex,
): BooksResult {
  const full = readCsv(dataDir, 'goodbooks-10k/books.csv');
  const sample = new Map(readCsv(dataDir, 'goodbooks-sample/Books.csv').map((r) => [r.book_id, r]));
  const genres = new Map(
    readCsv(dataDir, 'goodbooks-sample/book_genres.csv').map((r) => [
      r.book_id,
      (r.genres ?? '').split('|').filter(Boolean),
    ]),
  );
  const descriptions = new Map(
    readCsv(dataDir, 'goodbooks-sample/book_descriptions.csv').map((r) => [
      r.book_id,
      cleanDescription(r.description ?? ''),
    ]),
  );
  const shelves = new Map(
    readCsv(dataDir, 'goodbooks-10k/books_with_tags_jrm2319.csv').map((r) => [
      r.book_id,
      [r.top_1, r.top_2, r.top_3, r.top_4, r.top_5]
        .map((t) => (t ?? '').trim().toLowerCase().replace(/\s+/g, '-'))
        .filter(Boolean),
    ]),
  );
  const goodbooksGenres = new Set([...genres.values()].flat());
  const maxCount = Math.max(...full.map((r) => Number(r.work_ratings_count) || 0));
  let repairedTitles = 0;
  let repairedAuthors = 0;

  const books = full.map((r): Book => {
    const id = r.book_id ?? '';
    const title = repairMojibake(r.title ?? '').trim();
    const originalTitle = distinctOriginalTitle(title, repairMojibake(r.original_title ?? ''));
    const authors = repairMojibake(r.authors ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    const s = sample.get(id);
    // goodbooks-sample misspells these (UTF-8 read as Latin-1); goodbooks-10k has them right.
    if (s && s.title !== r.title) repairedTitles++;
    if (s && s.authors !== r.authors) repairedAuthors++;

    const authorSlugs = new Set(
      authors.flatMap((a) => [slugify(a), slugify(a.split(' ').pop() ?? '')]),
    );
    const tags = [...new Set(shelves.get(id) ?? [])].filter(
      (t) => !JUNK_TAG.test(t) && !authorSlugs.has(t),
    );
    const known = genres.get(id) ?? [];
    const fromTags = tags
      .map((t) => GENRE_ALIASES[t] ?? t.replace(/-/g, '_'))
      .filter((g) => goodbooksGenres.has(g));
    const baseGenres = known.length > 0 ? known : [...new Set(fromTags)].slice(0, 3);
    const extra = tags
      .map((t) => TAG_GENRES[t])
      .filter((g): g is string => g !== undefined && !baseGenres.includes(g));
    const bookGenres = [...new Set([...baseGenres, ...extra])];
    const year = Number.parseFloat(r.original_publication_year ?? '');
    const isbn = isbn10(r.isbn ?? '');
    const cover = r.image_url ?? '';
    const description = descriptions.get(id);
    const count = Number(r.work_ratings_count) || 0;
    return {
      id: `book-${id}`,
      kind: 'book',
      schemaType: 'Book',
      title,
      ...(description ? { description } : {}),
      medium: 'read',
      themes: themesForGenres(bookGenres, bridge).map((t) => taxonomy.theme(t)),
      genres: bookGenres,
      tags,
      provider: { ...LIBRARY_PROVIDER },
      audience: audienceFor(bookGenres),
      popularity: bookPopularity(count, maxCount),
      authors,
      ...(originalTitle ? { originalTitle } : {}),
      ...(Number.isFinite(year) ? { year: Math.trunc(year) } : {}),
      ...(r.language_code ? { language: r.language_code } : {}),
      ...(isbn ? { isbn } : {}),
      ...(cover.startsWith('http') && !cover.includes('nophoto')
        ? { coverUrl: cover.replace(/^http:/, 'https:') }
        : {}),
      ...(r.average_rating ? { averageRating: Number(r.average_rating) } : {}),
      ratingsCount: count,
    };
  });
  books.sort((a, b) => Number(a.id.slice(5)) - Number(b.id.slice(5)));
  return { books, repairedTitles, repairedAuthors };
}
