import { expect, it } from 'vitest';
import { createRng } from './rng.ts';
import { featureDistance, maxSumDiversity } from './max-sum-diversity.ts';
import { unitVector } from './sparse-vector.ts';
import { wonderRerank, type WonderCandidate } from './wonder-rerank.ts';

const f = (...ids: number[]) => unitVector(new Map(ids.map((i) => [i, 1])));

it('feature distance is the Jaccard distance of the feature sets', () => {
  expect(featureDistance(f(1, 2, 3), f(1, 2, 3))).toBe(0);
  expect(featureDistance(f(1, 2, 3), f(3, 4, 5))).toBeCloseTo(0.8);
  expect(featureDistance(f(1), f(2))).toBe(1);
});

it('max-sum diversification without diversity is a sort by utility, with diversity it spreads over features', () => {
  const features = [f(0), f(0), f(1)];
  const utility = Float64Array.from([1, 0.9, 0.5]);
  expect(maxSumDiversity({ features, utility, k: 2, diversity: 0 })).toEqual([0, 1]);
  expect(maxSumDiversity({ features, utility, k: 2, diversity: 1 })).toEqual([0, 2]);
  // A near-tie goes to the diverse item, a large relevance gap does not.
  expect(
    maxSumDiversity({ features, utility: Float64Array.from([1, 0.9, 0.1]), k: 2, diversity: 0.5 }),
  ).toEqual([0, 1]);
});

const CANDS: WonderCandidate[] = Array.from({ length: 30 }, (_, i) => ({
  relevance: 1 - i / 40,
  features: f(i % 3),
  novelty: 5,
  surprising: i % 3 === 2,
}));

it('the dial moves from relevance order to diverse lists, surprises and an exploration pick', () => {
  const familiar = wonderRerank(CANDS, { k: 6, dial: 0, rng: createRng(1) });
  expect(familiar.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
  const surprising = wonderRerank(CANDS, { k: 6, dial: 0.8, rng: createRng(1) });
  expect(surprising.some((p) => p.kind === 'surprise')).toBe(true);
  expect(new Set(surprising.map((p) => p.index % 3)).size).toBe(3);
  expect(surprising.at(-1)?.kind).toBe('exploration');
  expect(wonderRerank(CANDS, { k: 6, dial: 0.8, rng: createRng(1) })).toEqual(surprising);
});

it('the surprise quota binds only when the list would otherwise lack surprises', () => {
  const oneFar = CANDS.map((c, i) => ({ ...c, surprising: i === 20 }));
  const picks = wonderRerank(oneFar, {
    k: 5,
    dial: 0.8,
    rng: createRng(1),
    knobs: { diversity: 0, explorationSlots: 0 },
  });
  expect(picks.map((p) => p.index)).toContain(20);
  const none = wonderRerank(oneFar, {
    k: 5,
    dial: 0.5,
    rng: createRng(1),
    knobs: { diversity: 0 },
  });
  expect(none.map((p) => p.index)).toEqual([0, 1, 2, 3, 4]);
});

it('fresh items win near-ties only', () => {
  const shown = CANDS.map((c, i) => ({ ...c, features: f(0), exposure: i < 3 ? 5 : 0 }));
  const picks = wonderRerank(shown, {
    k: 3,
    dial: 0.5,
    rng: createRng(1),
    knobs: { diversity: 0, tailBonus: 0 },
  });
  // Item 2 (shown) loses to the fresh item 3 just below it; items 0 and 1 are too far ahead.
  expect(picks.map((p) => p.index)).toEqual([0, 1, 3]);
});
