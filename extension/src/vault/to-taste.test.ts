import { describe, expect, it } from 'vitest';

import { localTasteRecords } from '../ranking/taste-record.ts';
import { toTaste } from './to-taste.ts';

describe('toTaste (a vault record as ranking input)', () => {
  it("keeps a loan's item id, its terms and, apart, its authors", () => {
    const [loan] = toTaste('loans', {
      id: 'r1',
      category: 'loans',
      time: '2026-11-01T12:00:00.000Z',
      item: {
        id: 'book-1',
        title: 'The Hunger Games',
        genres: ['young_adult'],
        termIds: ['1.10.11.0.0'],
        authors: ['Suzanne Collins'],
      },
    });
    expect(loan).toEqual({
      id: 'vault-r1',
      category: 'loans',
      label: 'The Hunger Games',
      terms: ['young_adult', '1.10.11.0.0'],
      itemId: 'book-1',
      authors: ['Suzanne Collins'],
      time: '2026-11-01T12:00:00.000Z',
    });
  });

  it('labels stated interests as the vocabulary names them', () => {
    const records = toTaste('interests', {
      id: 'i1',
      category: 'interests',
      data: { themeIds: ['1.8.2.0.0'], genres: ['fantasy'] },
    });
    expect(records.map((r) => [r.label, r.terms])).toEqual([
      ['Fantasy', ['fantasy']],
      ['Jazz en blues', ['1.8.2.0.0']],
    ]);
  });

  it("counts the person's own words from the vault as words typed in the options (review finding: the extension ignores the words typed in the vault)", () => {
    const record = {
      id: 'i2',
      category: 'interests',
      data: { themeIds: ['1.8.2.0.0'], genres: [], words: ['Rubens', ' ', 'strips'] },
    };
    const records = toTaste('interests', record);
    const typed = localTasteRecords({
      interests: ['Rubens', 'strips'],
      browsing: [],
      feedback: [],
    });
    expect(records.slice(1).map((r) => [r.category, r.label, r.terms])).toEqual(
      typed.map((r) => [r.category, r.label, r.terms]),
    );
    expect(records[1]).toMatchObject({ id: 'vault-i2-word-0', label: 'Rubens', terms: ['Rubens'] });
    // A word that names a term after all meets what the sites publish, as in the options.
    expect(records[2]!.terms.length).toBeGreaterThan(1);
  });

  it('learns from liked suggestions, not from impressions', () => {
    const feedback = (kind: string) =>
      toTaste('feedback', {
        id: kind,
        category: 'feedback',
        item: { id: 'act-1', title: 'Jazz' },
        data: { kind, itemId: 'act-1', wasSurprise: true },
      });
    expect(feedback('impression')).toEqual([]);
    expect(feedback('wow')[0]).toMatchObject({
      itemId: 'act-1',
      reaction: { kind: 'wow', wasSurprise: true },
    });
  });
});
