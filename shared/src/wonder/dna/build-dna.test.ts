import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRecord } from './add-record.ts';
import { affinities, buildDna, HALF_LIFE_DAYS } from './build-dna.ts';
import { DNA_FACETS, emptyDna, type CulturalDna } from './cultural-dna.ts';
import { LOW_RATING_WEIGHT } from './rating-weight.ts';
import { historyArbitrary, sampleCandidates } from '../test-fixtures.ts';

const ITEMS = sampleCandidates(200);
const NOW = Date.UTC(2027, 0, 1);

function snapshot(dna: CulturalDna) {
  return {
    facets: Object.fromEntries(DNA_FACETS.map((f) => [f, affinities(dna, f, NOW)])),
    home: dna.home,
    prices: [...dna.prices].sort(),
    surprise: [...dna.surpriseFeedback].sort(),
  };
}

describe('cultural DNA', () => {
  it('adding records one by one (in any order) equals a full recomputation', () => {
    fc.assert(
      fc.property(historyArbitrary(ITEMS, 1, 25), fc.integer(), (history, seed) => {
        const full = buildDna(history);
        const shuffled = history
          .map((r, i) => [((i + 1) * (seed | 1)) % 997, r] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, r]) => r);
        const incremental = emptyDna();
        for (const r of shuffled) addRecord(incremental, r);
        expect(snapshot(incremental)).toEqual(snapshot(full));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps provenance: each affinity names its records and categories, and older records weigh less', () => {
    const item = ITEMS.find((i) => i.kind === 'book');
    if (!item || item.kind !== 'book') throw new Error('no book in the sample');
    const ref = {
      id: item.id,
      title: item.title,
      kind: 'book' as const,
      medium: 'read' as const,
      termIds: [],
      genres: item.genres,
      authors: item.authors,
    };
    const dna = buildDna([
      {
        id: 'old',
        category: 'loans',
        time: '2025-01-01T10:00:00+01:00',
        source: { type: 'person' },
        item: ref,
        data: { action: 'borrowed' },
      },
      {
        id: 'new',
        category: 'loans',
        time: '2026-12-01T10:00:00+01:00',
        source: { type: 'person' },
        item: { ...ref, id: 'book-999999' },
        data: { action: 'borrowed' },
      },
    ]);
    const genre = affinities(dna, 'genre', NOW)[0];
    expect(genre?.recordIds).toEqual(['new', 'old']);
    expect(genre?.categories).toEqual(['loans']);
    const perItem = affinities(dna, 'item', NOW);
    expect(perItem.find((a) => a.key === 'book-999999')!.weight).toBeGreaterThan(
      perItem.find((a) => a.key === item.id)!.weight,
    );
  });

  it('a record one half-life old counts half, by the product half-life or a tuning override', () => {
    const item = ITEMS.find((i) => i.kind === 'book');
    if (!item || item.kind !== 'book') throw new Error('no book in the sample');
    const ageMs = HALF_LIFE_DAYS * 86_400_000;
    const dna = buildDna([
      {
        id: 'r1',
        category: 'loans',
        time: new Date(NOW - ageMs).toISOString(),
        source: { type: 'person' },
        item: { ...item, medium: 'read', termIds: [] },
        data: { action: 'borrowed' },
      },
    ]);
    const weight = (halfLife?: number) =>
      affinities(dna, 'item', NOW, halfLife).find((a) => a.key === item.id)?.weight ?? 0;
    expect(weight() / weight(1e12)).toBeCloseTo(0.5, 9);
    expect(weight(HALF_LIFE_DAYS / 2) / weight(1e12)).toBeCloseTo(0.25, 9);
  });

  it('a loan rated below 4 stars counts half, as the collaborative model was trained', () => {
    const books = ITEMS.filter((i) => i.kind === 'book').slice(0, 3);
    const time = new Date(NOW).toISOString();
    const dna = buildDna(
      books.map((item, n) => ({
        id: `r${n}`,
        category: 'loans' as const,
        time,
        source: { type: 'person' as const },
        item: { ...item, medium: 'read' as const, termIds: [] },
        data:
          n === 2
            ? { action: 'borrowed' as const }
            : { action: 'borrowed' as const, rating: 3 + n },
      })),
    );
    const weight = (id: string | undefined) =>
      affinities(dna, 'item', NOW).find((a) => a.key === id)?.weight ?? 0;
    // 3 stars against 4 stars and against no rating at all.
    expect(weight(books[0]?.id) / weight(books[1]?.id)).toBeCloseTo(LOW_RATING_WEIGHT, 9);
    expect(weight(books[1]?.id)).toBeCloseTo(weight(books[2]?.id), 9);
  });
});
