/**
 * Type-ahead over catalogue items by title, original title and author, for entering a loan or a
 * visit by hand: a chosen hit carries the item's id, genres, themes and authors into the record.
 * MiniSearch does the matching: case- and accent-insensitive ("Zoe" finds "Zoë"), prefix (while
 * typing) and fuzzy (one or two typos, "Hungr Gmes").
 *
 * The books' titles are English (goodbooks-10k) and nobody translated them, so a Dutch title is met
 * halfway: its articles and little words are left out ("De Hobbit" finds The Hobbit), the original
 * title is searched too ("Het Achterhuis"), and when no book has every word, the books with most
 * of them (at least two, and half) are offered: names and nouns survive translation ("Harry Potter en de
 * Steen der Wijzen" finds the Harry Potter books).
 */
import MiniSearch from 'minisearch';

import type { CatalogItem } from '../catalog-item.ts';
import { normaliseText } from '../../interests/normalise-text.ts';
import { DUTCH_STOP_WORDS } from './dutch-stop-words.ts';

/** What a hit says about its item: enough for an ItemRef. */
export interface CatalogHit {
  id: string;
  title: string;
  kind: 'book' | 'activity';
  authors: string[];
  genres: string[];
  /** UiT theme ids (and, for an activity, its event type id). */
  termIds: string[];
  /** A venue name or the first author, to tell hits with one title apart. */
  detail: string;
}

export interface CatalogSearch {
  search(query: string, limit?: number): CatalogHit[];
}

interface Doc {
  id: string;
  title: string;
  originalTitle: string;
  authors: string;
  popularity: number;
}

function toHit(item: CatalogItem): CatalogHit {
  const themes = item.themes.map((theme) => theme.id);
  if (item.kind === 'book')
    return {
      id: item.id,
      title: item.title,
      kind: 'book',
      authors: [...item.authors],
      genres: [...item.genres],
      termIds: themes,
      detail: item.authors.join(', '),
    };
  return {
    id: item.id,
    title: item.title,
    kind: 'activity',
    authors: [],
    genres: [...item.genres],
    termIds: [...new Set([item.eventType.id, ...themes])],
    detail: item.venue.name,
  };
}

/** The query's words without Dutch articles and little words (unless that leaves none). */
function queryWords(text: string): string[] {
  const words = normaliseText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const kept = words.filter((word) => !DUTCH_STOP_WORDS.has(word));
  return kept.length > 0 ? kept : words;
}

/** Builds the index once (10,000 books take well under a second); searching is then cheap. */
export function createCatalogSearch(items: readonly CatalogItem[]): CatalogSearch {
  const hits = new Map(items.map((item) => [item.id, item]));
  const index = new MiniSearch<Doc>({
    fields: ['title', 'originalTitle', 'authors'],
    storeFields: ['popularity'],
    processTerm: (term) => normaliseText(term),
    searchOptions: {
      // The original title is a way in, not a better match: it counts for less than the title.
      boost: { title: 2, originalTitle: 0.5 },
      prefix: true,
      fuzzy: 0.2,
      combineWith: 'AND',
      // A popular title comes first among equally good matches.
      boostDocument: (_id, _term, stored) => 1 + Number(stored?.['popularity'] ?? 0),
    },
  });
  index.addAll(
    items.map((item) => ({
      id: item.id,
      title: item.title,
      originalTitle: item.kind === 'book' ? (item.originalTitle ?? '') : '',
      authors: item.kind === 'book' ? item.authors.join(' ') : '',
      popularity: item.popularity,
    })),
  );
  return {
    search(query, limit = 8) {
      const text = query.trim().slice(0, 200);
      if (text.length < 2) return [];
      const key = normaliseText(text);
      const words = queryWords(text);
      // Every word must match (each with a typo or two): a person who types more means fewer.
      let results = index.search(words.join(' '));
      if (results.length === 0 && words.length > 2) {
        // None has them all: those with the most words, at least two and half of them (one word
        // of two would bring in typo look-alikes of a single word).
        const least = Math.max(2, Math.ceil(words.length / 2));
        results = index
          .search(words.join(' '), { combineWith: 'OR' })
          .filter((hit) => hit.queryTerms.length >= least)
          .map((hit) => ({ ...hit, score: hit.score * hit.queryTerms.length }));
      }
      const found = results.map((hit) => {
        const title = normaliseText(hits.get(String(hit.id))?.title ?? '');
        // The title exactly as typed (without its series note) comes first: "Pride and Prejudice".
        const exact = title === key || title.replace(/\s*\(.*\)$/, '') === key;
        return { id: String(hit.id), score: hit.score * (exact ? 3 : 1) };
      });
      found.sort((a, b) => b.score - a.score);
      return found.slice(0, Math.max(1, Math.min(limit, 50))).flatMap((hit) => {
        const item = hits.get(String(hit.id));
        return item ? [toHit(item)] : [];
      });
    },
  };
}
