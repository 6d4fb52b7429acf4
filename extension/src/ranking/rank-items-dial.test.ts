import { describe, expect, it } from 'vitest';

import { DIAL_PRESETS } from '@verwonder/shared/wonder/rerank/dial.ts';

import { pageBook } from '../test-support/page-book.ts';
import { SMALL_SHELF } from '../test-support/small-shelf.ts';
import { rankItems } from './rank-items.ts';
import { localTasteRecords } from './taste-record.ts';

describe('rankItems at the dial', () => {
  // A page full of the person's taste, a few titles far from it: more candidates than the pool, so
  // the dial decides whether anything unfamiliar reaches the picks at all.
  const FANTASY_SHELF = [
    ...Array.from({ length: 16 }, (_, i) => pageBook(`fantasy-${i}`, ['Fantasy'], ['fantasy'])),
    ...SMALL_SHELF.filter((book) => !book.genres.includes('Fantasy')),
    pageBook('history', ['Geschiedenis', 'Klassiekers'], ['history', 'classics']),
  ];
  const fantasy = localTasteRecords({ interests: ['fantasy'], browsing: [], feedback: [] });
  const surprises = (dial: number) =>
    rankItems(FANTASY_SHELF, fantasy, ['interests'], { relevant: 3, dial }).filter(
      (s) => s.kind === 'surprise',
    );

  it('turns towards surprises from "vertrouwd" to "verras me"', () => {
    expect(surprises(DIAL_PRESETS.vertrouwd)).toEqual([]);
    const surprising = surprises(DIAL_PRESETS['verras-me']);
    expect(surprising).toHaveLength(1);
    expect(surprising[0]?.itemId).not.toMatch(/^fantasy-/);
    expect(surprising[0]?.explanations.length).toBeGreaterThan(0);
  });

  it('ranks at the product default when no dial is given', () => {
    expect(rankItems(FANTASY_SHELF, fantasy, ['interests'])).toEqual(
      rankItems(FANTASY_SHELF, fantasy, ['interests'], { dial: DIAL_PRESETS.default }),
    );
  });
});
