import { expect, it } from 'vitest';
import { unexpectednessAt } from './unexpectedness.ts';

it('distance to profile (1/4, 3/4, 0): genre 1 is close, genre 2 is orthogonal', () => {
  const profile = Float64Array.from([0.25, 0.75, 0]);
  const cos = 0.75 / Math.sqrt(0.625);
  expect(unexpectednessAt([0, 1], profile, [[1], [2]], 10)).toBeCloseTo((1 - cos + 1) / 2, 12);
});
