import { CulturalRecord } from '@verwonder/shared';
import { catalogData } from '@verwonder/shared/catalog-data';
import { describe, expect, it } from 'vitest';
import { RankCandidate } from './content-ranker.ts';
import { rankCandidates } from './wonder-ranker.ts';

const catalog = catalogData();

/** A loan of a real catalogue book, as the library would write it. */
function loanOf(id: string, recordId: string): CulturalRecord {
  const book = catalog.books().find((b) => b.id === id)!;
  return CulturalRecord.parse({
    id: recordId,
    category: 'loans',
    time: '2024-05-01T10:00:00Z',
    source: { type: 'person' },
    item: {
      id: book.id,
      title: book.title,
      kind: 'book',
      medium: 'read',
      genres: book.genres,
      authors: book.authors,
      termIds: book.themes.map((t) => t.id),
    },
    data: { action: 'borrowed' },
  });
}

describe('ranking with the wonder algorithm', () => {
  const books = catalog.books();
  const fantasy = books
    .filter((b) => b.genres.includes('fantasy') && !['book-2', 'book-7'].includes(b.id))
    .slice(0, 3);
  const history = books
    .filter((b) => b.genres.includes('history') && !b.genres.includes('fantasy'))
    .slice(0, 3);
  const records = [loanOf('book-2', 'r1'), loanOf('book-7', 'r2')];
  const candidates = [...history, ...fantasy]
    .map((b) => RankCandidate.parse({ id: b.id, genres: b.genres }))
    .concat([RankCandidate.parse({ id: 'unknown-item', genres: ['fantasy'] })]);

  it('returns every candidate once, what the person reads about first, with the categories used', () => {
    const ranked = rankCandidates(candidates, records, ['loans'], catalog);
    expect(ranked.map((item) => item.id).sort()).toEqual(candidates.map((c) => c.id).sort());
    expect(fantasy.map((b) => b.id)).toContain(ranked[0]!.id);
    expect(ranked[0]!.categories).toEqual(['loans']);
    expect(ranked.at(-1)!.id).toBe('unknown-item');
  });

  it('uses no records outside the categories the person allows', () => {
    const ranked = rankCandidates(candidates, records, ['interests'], catalog);
    expect(ranked.every((item) => item.categories.length === 0)).toBe(true);
  });

  it('falls back to content matching without a catalogue', () => {
    const ranked = rankCandidates(candidates, records, ['loans'], undefined);
    expect(ranked[0]!.categories).toEqual(['loans']);
  });
});
