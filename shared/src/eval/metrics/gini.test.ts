import { expect, it } from 'vitest';
import { gini, giniOfExposure } from './gini.ts';

it('Gini: equal exposure is 0, all exposure on one of four items is 3/4', () => {
  expect(gini(Float64Array.from([1, 1, 1, 1]))).toBeCloseTo(0, 12);
  expect(gini(Float64Array.from([0, 0, 0, 4]))).toBeCloseTo(0.75, 12);
  expect(giniOfExposure([[3], [3], [3], [3]], 4, 10)).toBeCloseTo(0.75, 12);
});
