import { expect, it } from 'vitest';
import { createRng } from '../../eval/rng.ts';
import { greedyDpp } from './greedy-dpp.ts';
import { unitVector } from './sparse-vector.ts';
import { wonderRerank, type WonderCandidate } from './wonder-rerank.ts';

const f = (...ids: number[]) => unitVector(new Map(ids.map((i) => [i, 1])));

it('greedy DPP without diversity is a sort by utility, with diversity it spreads over features', () => {
  const features = [f(0), f(0), f(1)];
  const utility = Float64Array.from([1, 0.9, 0.5]);
  expect(greedyDpp({ features, utility, k: 2, diversity: 0 })).toEqual([0, 1]);
  expect(greedyDpp({ features, utility, k: 2, diversity: 1 })).toEqual([0, 2]);
});

const CANDS: WonderCandidate[] = Array.from({ length: 30 }, (_, i) => ({
  relevance: 1 - i / 40,
  features: f(i % 3),
  novelty: 5,
  surprising: i % 3 === 2,
}));

it('the dial moves from relevance order to surprises and an exploration pick', () => {
  const familiar = wonderRerank(CANDS, { k: 6, dial: 0, rng: createRng(1) });
  expect(familiar.every((p) => p.kind === 'relevant' || CANDS[p.index]!.surprising)).toBe(true);
  const surprising = wonderRerank(CANDS, { k: 6, dial: 0.8, rng: createRng(1) });
  expect(surprising.some((p) => p.kind === 'surprise')).toBe(true);
  expect(surprising.at(-1)?.kind).toBe('exploration');
  expect(wonderRerank(CANDS, { k: 6, dial: 0.8, rng: createRng(1) })).toEqual(surprising);
});
