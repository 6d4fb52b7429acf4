import { expect, it } from 'vitest';
import { jaccardDistance } from './jaccard-distance.ts';

it('Jaccard distance of {1,2} and {2,3} is 1 - 1/3', () => {
  expect(jaccardDistance([1, 2], [2, 3])).toBeCloseTo(2 / 3, 12);
  expect(jaccardDistance([], [])).toBe(0);
  expect(jaccardDistance([1], [])).toBe(1);
  expect(jaccardDistance([4, 7], [4, 7])).toBe(0);
});
