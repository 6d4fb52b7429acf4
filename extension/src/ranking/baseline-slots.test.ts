import { describe, expect, it } from 'vitest';

import {
  baselineOrder,
  fillBaselineSlots,
  isBaselineSlot,
  POPULAR_ON_PAGE,
  TOP_OF_PAGE,
} from './baseline-slots.ts';

const SEED = '0123456789abcdef0123456789abcdef';
const SITE = 'http://127.0.0.1:4801';

describe('baseline slots', () => {
  it('gives the baseline about its share of many slots, for every seed', () => {
    for (const seed of [
      SEED,
      'ffeeddccbbaa99887766554433221100',
      '00000000000000000000000000000000',
    ])
      for (const share of [0.1, 0.25, 0.5]) {
        let baseline = 0;
        const slots = 20_000;
        for (let i = 0; i < slots; i++)
          if (isBaselineSlot(seed, `${SITE}#book-${i}`, share)) baseline++;
        // Binomial: 4 standard deviations either side.
        const tolerance = 4 * Math.sqrt(slots * share * (1 - share));
        expect(Math.abs(baseline - slots * share)).toBeLessThan(tolerance);
      }
  });

  it('answers the same for the same person and slot, and differently across people', () => {
    const keys = Array.from({ length: 200 }, (_, i) => `${SITE}#book-${i}`);
    const first = keys.map((key) => isBaselineSlot(SEED, key, 0.3));
    expect(keys.map((key) => isBaselineSlot(SEED, key, 0.3))).toEqual(first);
    const other = keys.map((key) => isBaselineSlot('ffeeddccbbaa99887766554433221100', key, 0.3));
    expect(other).not.toEqual(first);
    expect(keys.some((key) => isBaselineSlot(SEED, key, 0))).toBe(false);
    expect(keys.every((key) => isBaselineSlot(SEED, key, 1))).toBe(true);
  });

  it('orders by the page’s count of ratings and says so; without counts, by page order and says that', () => {
    expect(
      baselineOrder([{ id: 'a', popularity: 3 }, { id: 'b' }, { id: 'c', popularity: 9 }]),
    ).toEqual([
      { id: 'c', explanation: POPULAR_ON_PAGE },
      { id: 'a', explanation: POPULAR_ON_PAGE },
    ]);
    expect(baselineOrder([{ id: 'a' }, { id: 'b' }]).map((e) => e.explanation)).toEqual([
      TOP_OF_PAGE,
      TOP_OF_PAGE,
    ]);
    expect(POPULAR_ON_PAGE.text).toEqual({
      nl: 'Populair op deze pagina',
      en: 'Popular on this page',
    });
  });

  it('orders an agenda by its counts of saves, where it gives no ratings (review finding: the baseline keeps the agenda’s page order though the page counts saves)', () => {
    expect(
      baselineOrder([
        { id: 'a', saves: 120 },
        { id: 'b', saves: 4_000 },
        { id: 'c' },
        { id: 'd', saves: 900 },
      ]),
    ).toEqual([
      { id: 'b', explanation: POPULAR_ON_PAGE },
      { id: 'd', explanation: POPULAR_ON_PAGE },
      { id: 'a', explanation: POPULAR_ON_PAGE },
    ]);
  });

  it('fills a baseline slot with the most popular item not shown yet, labelled, never personal', () => {
    const picks = [{ itemId: 'w1' }, { itemId: 'w2' }, { itemId: 'w3' }];
    const candidates = [
      { id: 'w1', popularity: 100 },
      { id: 'p1', popularity: 50 },
      { id: 'w2', popularity: 10 },
      { id: 'p2', popularity: 40 },
    ];
    const filled = fillBaselineSlots(
      picks,
      candidates,
      { seed: SEED, share: 1, site: SITE },
      (itemId, explanation) => ({ itemId, explanation, baseline: true }),
    );
    // Every slot is baseline here: the three most rated, each saying why, none from wonder.
    expect(filled).toEqual([
      { itemId: 'w1', explanation: POPULAR_ON_PAGE, baseline: true },
      { itemId: 'p1', explanation: POPULAR_ON_PAGE, baseline: true },
      { itemId: 'p2', explanation: POPULAR_ON_PAGE, baseline: true },
    ]);
    const none = fillBaselineSlots(picks, candidates, { seed: SEED, share: 0, site: SITE }, () => ({
      itemId: 'x',
    }));
    expect(none).toEqual(picks);
  });

  it('keeps the items wonder shows out of the baseline, and never shows one twice', () => {
    // Find a slot layout where only the second pick is a baseline slot for this seed.
    const share = 0.5;
    const ids = Array.from({ length: 400 }, (_, i) => `b${i}`);
    const kept = ids.find((id) => !isBaselineSlot(SEED, `${SITE}#${id}`, share))!;
    const replaced = ids.find((id) => isBaselineSlot(SEED, `${SITE}#${id}`, share))!;
    type Pick = { itemId: string; baseline?: boolean };
    const filled = fillBaselineSlots<Pick>(
      [{ itemId: kept }, { itemId: replaced }],
      [
        { id: kept, popularity: 99 },
        { id: 'popular', popularity: 5 },
      ],
      { seed: SEED, share, site: SITE },
      (itemId) => ({ itemId, baseline: true }),
    );
    expect(filled).toEqual([{ itemId: kept }, { itemId: 'popular', baseline: true }]);
    // No candidate left: wonder's pick stays in its slot, once.
    const alone = fillBaselineSlots<Pick>(
      [{ itemId: kept }, { itemId: replaced }],
      [{ id: kept, popularity: 99 }],
      { seed: SEED, share, site: SITE },
      (itemId) => ({ itemId, baseline: true }),
    );
    expect(alone).toEqual([{ itemId: kept }, { itemId: replaced }]);
  });
});
