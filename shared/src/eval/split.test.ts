import { describe, expect, it } from 'vitest';
import { buildRatingDataset } from './data/rating-dataset.ts';
import { globalTimeSplit, randomSplit, temporalSplit } from './split.ts';
import { carveValidation } from './validation-split.ts';

// One user with ten ratings at times 0..9, ratings alternating 5 and 2; a second user with five.
const TINY = buildRatingDataset(
  'tiny',
  [],
  [
    ...Array.from({ length: 10 }, (_, k) => ({
      user: 1,
      item: k,
      rating: k % 2 === 0 ? 5 : 2,
      time: k,
    })),
    ...Array.from({ length: 5 }, (_, k) => ({ user: 2, item: k, rating: 4, time: 100 - k })),
  ],
);

describe('splits', () => {
  it('temporal split puts the latest 20% in the test part and keeps ratings >= 4 as relevant', () => {
    const s = temporalSplit(TINY);
    expect([...(s.train[0] ?? [])]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect([...(s.relevant[0] ?? [])]).toEqual([8]); // item 9 is rated 2
    expect([...(s.relevant[1] ?? [])]).toEqual([0]); // the second user's latest rating is item 0 (time 100)
  });
  it('random split is reproducible from the seed and partitions each user', () => {
    const a = randomSplit(TINY, 42);
    const b = randomSplit(TINY, 42);
    expect(a).toEqual(b);
    expect((a.train[0] ?? []).length).toBe(8);
    expect(randomSplit(TINY, 7)).not.toEqual(a);
  });
  it('the global time cut puts no rating after the cut in training, for any user', () => {
    const s = globalTimeSplit(TINY);
    // 15 ratings, cut at the 13th smallest time (98): user 1 trains on all ten, user 2 on the
    // items rated at 96 and 97, and the rest of user 2 is test.
    expect([...(s.train[0] ?? [])]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...(s.train[1] ?? [])]).toEqual([3, 4]);
    expect([...(s.relevant[1] ?? [])]).toEqual([0, 1, 2]);
  });
  it('validation is carved from training only, disjoint from it, and the test part is untouched', () => {
    const s = randomSplit(TINY, 42);
    const v = carveValidation(s, 3);
    for (let u = 0; u < 2; u++) {
      const train = new Set(s.train[u]);
      for (const i of [...(v.train[u] ?? []), ...(v.relevant[u] ?? [])])
        expect(train.has(i)).toBe(true);
      for (const i of v.relevant[u] ?? []) expect(v.train[u]).not.toContain(i);
    }
    expect((v.train[0] ?? []).length).toBe(6);
  });
});
