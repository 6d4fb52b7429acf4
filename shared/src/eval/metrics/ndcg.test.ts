import { expect, it } from 'vitest';
import { ndcgAt } from './ndcg.ts';

it('NDCG@3 of [1,2,3] with relevant {2,5}: one hit at rank 2 over an ideal of two hits', () => {
  expect(ndcgAt([1, 2, 3], new Set([2, 5]), 3)).toBeCloseTo(0.6309298 / 1.6309298, 6);
  expect(ndcgAt([2, 5, 3], new Set([2, 5]), 3)).toBe(1);
  expect(ndcgAt([1], new Set(), 3)).toBe(0);
});
