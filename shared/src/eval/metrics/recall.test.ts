import { expect, it } from 'vitest';
import { recallAt } from './recall.ts';

it('recall@3 of [1,2,3] with relevant {2,5} is 1/2', () => {
  expect(recallAt([1, 2, 3], new Set([2, 5]), 3)).toBe(0.5);
  expect(recallAt([1, 2, 3], new Set([3]), 2)).toBe(0);
});
