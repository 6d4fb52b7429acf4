import { expect, it } from 'vitest';
import { topK } from './scorer.ts';

it('topK returns the highest scores, skips excluded items and breaks ties to the lower index', () => {
  const s = Float64Array.from([0.5, 0.9, 0.9, -Infinity, 0.7, 0.1]);
  expect([...topK(s, 3)]).toEqual([1, 2, 4]);
  expect([...topK(s, 3, [1])]).toEqual([2, 4, 0]);
  expect([...topK(s, 10)]).toEqual([1, 2, 4, 0, 5]);
});
