import { describe, expect, it } from 'vitest';

import type { PageItem } from '../page/page-item.ts';
import { rankItems } from './rank-items.ts';
import { localTasteRecords, rejectedItems } from './taste-record.ts';

const item = (id: string, genres: string[], keywords: string[] = []): PageItem => ({
  id,
  type: 'Book',
  kind: 'book',
  name: id,
  authors: [],
  genres,
  keywords,
  themes: [],
});

/** A small shelf: two fantasy books, a thriller, a cookbook. */
const SHELF = [
  item('hobbit', ['Fantasy', 'Klassiekers'], ['fantasy', 'classics']),
  item('earthsea', ['Fantasy'], ['fantasy', 'young_adult']),
  item('thriller', ['Thrillers', 'Mysterie'], ['thriller', 'mystery']),
  item('cookbook', ['Koken'], ['cookbook']),
];

const RECORDS = localTasteRecords({
  interests: ['fantasy'],
  browsing: [
    {
      id: 'visit-1',
      itemId: 'x',
      title: 'Gone Girl',
      terms: ['Thrillers'],
      origin: 'o',
      time: 't',
      synced: false,
    },
  ],
  feedback: [],
});

describe('rankItems', () => {
  it('puts stated interests first and reaches a surprise through another side of the taste', () => {
    const ranked = rankItems(SHELF, RECORDS, ['interests', 'browsing'], { relevant: 2 });
    expect(ranked.map((s) => [s.itemId, s.kind])).toEqual([
      ['earthsea', 'relevant'],
      ['hobbit', 'relevant'],
      ['thriller', 'surprise'],
    ]);
    expect(ranked[0]).toMatchObject({ categories: ['interests'], recordIds: ['interest-1'] });
    expect(ranked[2]).toMatchObject({ categories: ['browsing'], recordIds: ['visit-1'] });
  });

  it('cannot use a category that is not allowed', () => {
    const ranked = rankItems(SHELF, RECORDS, ['interests']);
    expect(ranked.flatMap((s) => s.categories)).not.toContain('browsing');
    expect(ranked.map((s) => s.itemId)).not.toContain('thriller');
    expect(rankItems(SHELF, RECORDS, [])).toEqual([]);
  });

  it('matches a one-word interest inside a longer term', () => {
    const jazz = { ...item('jazz-night', []), keywords: ['Concert', 'Jazz en blues'] };
    const ranked = rankItems(
      [jazz],
      localTasteRecords({ interests: ['jazz'], browsing: [], feedback: [] }),
      ['interests'],
    );
    expect(ranked[0]?.reasons[0]?.term).toBe('jazz');
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
      time: 't',
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
    const ranked = rankItems(SHELF, records, ['feedback'], { excluded: rejectedItems(profile) });
    expect(ranked.map((s) => s.itemId)).toEqual(['cookbook']);
    expect(ranked[0]?.categories).toEqual(['feedback']);
  });
});
