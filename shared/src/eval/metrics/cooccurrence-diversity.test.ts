import { expect, it } from 'vitest';
import { itemUsers } from '../interactions.ts';
import { cooccurrenceCosine, cooccurrenceDiversity } from './cooccurrence-diversity.ts';

it('co-occurrence diversity is the mean of 1 - cosine of the items user sets', () => {
  const iu = itemUsers(
    [Int32Array.from([0, 1]), Int32Array.from([0, 1]), Int32Array.from([0, 2])],
    3,
  );
  expect(cooccurrenceCosine(iu, 0, 1)).toBeCloseTo(2 / Math.sqrt(6), 12);
  expect(cooccurrenceCosine(iu, 1, 2)).toBe(0);
  expect(cooccurrenceDiversity([1, 2], iu, 10)).toBe(1);
  expect(cooccurrenceDiversity([0, 1], iu, 10)).toBeCloseTo(1 - 2 / Math.sqrt(6), 12);
});
