import { CulturalRecord } from '@verwonder/shared';
import { CATALOG_DATA_DIR, catalogData, openCatalog } from '@verwonder/shared/catalog-data';
import { describe, expect, it } from 'vitest';
import { RankCandidate } from './content-ranker.ts';
import { rankProfile } from './rank-profile.ts';
import { rankCandidates } from './wonder-ranker.ts';

const catalog = catalogData();
const books = catalog.books();
const book = (id: string) => books.find((b) => b.id === id)!;

/** A loan as the library writes it; `itemId` lets a test describe one book under another id. */
function loanOf(id: string, recordId: string, itemId = id): CulturalRecord {
  const b = book(id);
  return CulturalRecord.parse({
    id: recordId,
    category: 'loans',
    time: '2024-05-01T10:00:00Z',
    source: { type: 'person' },
    item: {
      id: itemId,
      title: b.title,
      kind: 'book',
      medium: 'read',
      genres: b.genres,
      authors: b.authors,
      termIds: b.themes.map((t) => t.id),
    },
    data: { action: 'borrowed' },
  });
}

const fantasy = books.filter((b) => b.genres.includes('fantasy')).slice(0, 12);
const history = books
  .filter((b) => b.genres.includes('history') && !b.genres.includes('fantasy'))
  .slice(0, 12);
const asCandidate = (b: { id: string; genres: string[] }) =>
  RankCandidate.parse({ id: b.id, genres: b.genres });
const ids = (ranked: { id: string }[]) => ranked.map((item) => item.id);

describe('ranking from the coarse profile', () => {
  const records = [loanOf(fantasy[0]!.id, 'r1'), loanOf(fantasy[1]!.id, 'r2')];
  const candidates = [...history, ...fantasy.slice(2)]
    .map(asCandidate)
    .concat([RankCandidate.parse({ id: 'unknown-item', genres: ['fantasy'] })]);

  it('reads the clock once for the whole ranking, not once per candidate (review finding: the catalogue reads the clock per lookup)', () => {
    let reads = 0;
    const counted = openCatalog(CATALOG_DATA_DIR, { clock: () => ((reads += 1), new Date()) });
    const many = [...candidates, ...books.slice(0, 100).map(asCandidate)];
    const ranked = rankCandidates(many, records, ['loans'], counted);
    expect(reads).toBe(1);
    // The same order as through the shared catalogue: only the number of readings changed.
    expect(ids(ranked)).toEqual(ids(rankCandidates(many, records, ['loans'], catalog)));
  });

  it('returns every candidate once, ids only, what the person reads first', () => {
    const ranked = rankCandidates(candidates, records, ['loans'], catalog);
    expect(ids(ranked).sort()).toEqual(candidates.map((c) => c.id).sort());
    expect(ranked.every((item) => Object.keys(item).join() === 'id')).toBe(true);
    expect(fantasy.map((b) => b.id).concat('unknown-item')).toContain(ranked[0]!.id);
    // The site's fantasy item, unknown to the catalogue, is ranked by its own description: high.
    expect(ids(ranked).indexOf('unknown-item')).toBeLessThan(history.length);
  });

  it('uses no records outside the categories the person allows: the site order stays', () => {
    expect(ids(rankCandidates(candidates, records, ['interests'], catalog))).toEqual(
      ids(candidates),
    );
  });

  it('counts duplicates once, in their first place', () => {
    const ranked = rankCandidates([...candidates, candidates[0]!], [], ['loans'], catalog);
    expect(ids(ranked)).toEqual(ids(candidates));
  });

  it('keeps only features two records share, rounded to quarters', () => {
    const profile = rankProfile([loanOf('book-2', 'a'), loanOf('book-2', 'b')]);
    expect([...profile.values()].every((w) => [0.25, 0.5, 0.75, 1].includes(w))).toBe(true);
    expect(rankProfile([loanOf('book-2', 'a')]).size).toBe(0);
  });
});

describe('suggestions:rank is an oracle on the person records', () => {
  // The books the person borrowed, and other catalogue books: the candidates are all of them.
  const borrowed = fantasy.slice(0, 6);
  const others = fantasy.slice(6, 12);
  const candidates = [...borrowed, ...others, ...history].map((b) =>
    RankCandidate.parse({ id: b.id }),
  );

  it('ranks a borrowed item exactly like the same description under another id (no seen tail)', () => {
    const asBorrowed = borrowed.map((b, i) => loanOf(b.id, `r${i}`));
    // The same loans, but about other ids (the records' descriptions are the same).
    const elsewhere = borrowed.map((b, i) => loanOf(b.id, `r${i}`, `not-a-candidate-${i}`));
    const seen = rankCandidates(candidates, asBorrowed, ['loans'], catalog);
    expect(ids(seen)).toEqual(ids(rankCandidates(candidates, elsewhere, ['loans'], catalog)));
    // Nothing the person borrowed sinks to the end: it sits among the books like it.
    const last = ids(seen).slice(-borrowed.length);
    expect(last.filter((id) => borrowed.some((b) => b.id === id))).toEqual([]);
  });

  it('a one-item probe with a guessed author, genre or venue gets the same answer with and without the record', () => {
    const base = [
      loanOf(fantasy[0]!.id, 'a'),
      loanOf(fantasy[1]!.id, 'b'),
      loanOf(history[0]!.id, 'c'),
    ];
    // Last, so that any match would move it up.
    const probe = (extra: Partial<RankCandidate>) => [
      ...Array.from({ length: 19 }, (_, i) => RankCandidate.parse({ id: `filler-${i}` })),
      RankCandidate.parse({ id: 'probe', ...extra }),
    ];
    const withOne = (item: Record<string, unknown>): CulturalRecord =>
      CulturalRecord.parse({
        id: 'the-one',
        category: 'tickets',
        time: '2024-06-01T20:00:00+02:00',
        source: { type: 'person' },
        item: { id: 'act-x', title: 'X', kind: 'activity', ...item },
        data: { quantity: 1, tariff: 'basis' },
      });
    const cases: [Partial<RankCandidate>, Record<string, unknown>][] = [
      [{ authors: ['Wislawa Szymborska'] }, { authors: ['Wislawa Szymborska'] }],
      [{ genres: ['poetry-slam'] }, { genres: ['poetry-slam'] }],
      [{ venueId: 'venue-secret' }, { venueId: 'venue-secret' }],
      [{ termIds: ['9.9.9.9.9'] }, { termIds: ['9.9.9.9.9'] }],
    ];
    for (const [guess, item] of cases) {
      const categories = ['loans', 'tickets'] as const;
      const without = rankCandidates(probe(guess), base, categories, catalog);
      const withRecord = rankCandidates(
        probe(guess),
        [...base, withOne(item)],
        categories,
        catalog,
      );
      expect(ids(withRecord)).toEqual(ids(without));
    }
  });
});
