import { expect, it } from 'vitest';
import { precisionAt } from './precision.ts';

it('precision@3 of [1,2,3] with relevant {2,5} is 1/3, a short list still divides by k', () => {
  expect(precisionAt([1, 2, 3], new Set([2, 5]), 3)).toBeCloseTo(1 / 3, 12);
  expect(precisionAt([2], new Set([2]), 4)).toBe(0.25);
});
