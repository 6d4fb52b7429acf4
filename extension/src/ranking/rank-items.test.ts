import { describe, expect, it } from 'vitest';

import { pageBook } from '../test-support/page-book.ts';
import { SMALL_SHELF } from '../test-support/small-shelf.ts';
import { rankItems } from './rank-items.ts';
import { localTasteRecords, rejectedItems } from './taste-record.ts';

const VISIT = {
  id: 'visit-1',
  itemId: 'gone-girl',
  title: 'Gone Girl',
  terms: ['Thrillers'],
  origin: 'o',
  time: '2026-11-01T10:00:00.000Z',
  synced: false,
};

const RECORDS = localTasteRecords({ interests: ['fantasy'], browsing: [VISIT], feedback: [] });

describe('rankItems (the wonder algorithm on the page items)', () => {
  it('puts stated interests first, explains each pick by its records, one surprise at most and last', () => {
    const ranked = rankItems(SMALL_SHELF, RECORDS, ['interests', 'browsing'], { relevant: 3 });
    expect(ranked.filter((s) => s.kind === 'relevant').map((s) => s.itemId)).toEqual([
      'hobbit',
      'earthsea',
      'thriller',
    ]);
    expect(ranked[0]).toMatchObject({ categories: ['interests'], recordIds: ['interest-1'] });
    expect(ranked[0]?.explanations[0]?.text.nl).toContain('fantasy');
    expect(ranked[2]).toMatchObject({ categories: ['browsing'], recordIds: ['visit-1'] });
    const surprises = ranked.filter((s) => s.kind === 'surprise');
    expect(surprises.length).toBeLessThanOrEqual(1);
    if (surprises[0]) expect(ranked.at(-1)).toBe(surprises[0]);
    for (const s of ranked) expect(s.explanations.length).toBeGreaterThan(0);
  });

  it('keeps to the number of "Voor jou" asked for', () => {
    const ranked = rankItems(SMALL_SHELF, RECORDS, ['interests', 'browsing'], { relevant: 2 });
    expect(ranked.filter((s) => s.kind === 'relevant').map((s) => s.itemId)).toEqual([
      'hobbit',
      'earthsea',
    ]);
  });

  it('cannot use a category that is not allowed', () => {
    const ranked = rankItems(SMALL_SHELF, RECORDS, ['interests']);
    expect(ranked.flatMap((s) => s.categories)).not.toContain('browsing');
    expect(ranked.flatMap((s) => s.recordIds)).not.toContain('visit-1');
    expect(ranked.filter((s) => s.kind === 'relevant').map((s) => s.itemId)).not.toContain(
      'thriller',
    );
    expect(rankItems(SMALL_SHELF, RECORDS, [])).toEqual([]);
  });

  it('suggests nothing when nothing on the page meets the taste', () => {
    const records = localTasteRecords({ interests: ['opera'], browsing: [], feedback: [] });
    expect(rankItems(SMALL_SHELF, records, ['interests'])).toEqual([]);
  });

  it('matches a one-word interest inside a longer term', () => {
    const jazz = { ...pageBook('jazz-night', []), keywords: ['Concert', 'Jazz en blues'] };
    const ranked = rankItems(
      [jazz, pageBook('cookbook', ['Koken'])],
      localTasteRecords({ interests: ['jazz'], browsing: [], feedback: [] }),
      ['interests'],
    );
    expect(ranked[0]).toMatchObject({ itemId: 'jazz-night', kind: 'relevant' });
    expect(ranked[0]?.explanations[0]?.text.nl).toContain('jazz');
  });

  it('learns from liked suggestions and never suggests one turned down', () => {
    const feedback = (
      id: string,
      kind: 'wow' | 'thumbs-down',
      itemId: string,
      terms: string[],
    ) => ({
      id,
      kind,
      itemId,
      title: itemId,
      terms,
      wasSurprise: false,
      origin: 'o',
      time: '2026-11-01T10:00:00.000Z',
      synced: false,
    });
    const profile = {
      interests: [],
      browsing: [],
      feedback: [
        feedback('f1', 'wow', 'some-cookbook', ['Koken']),
        feedback('f2', 'thumbs-down', 'hobbit', ['Fantasy']),
      ],
    };
    const records = localTasteRecords(profile);
    expect(records.map((r) => [r.id, r.category])).toEqual([['f1', 'feedback']]);
    const ranked = rankItems(SMALL_SHELF, records, ['feedback'], {
      excluded: rejectedItems(profile),
    });
    expect(ranked.filter((s) => s.kind === 'relevant').map((s) => s.itemId)).toEqual(['cookbook']);
    expect(ranked[0]?.categories).toEqual(['feedback']);
    expect(ranked.map((s) => s.itemId)).not.toContain('hobbit');
  });
});
