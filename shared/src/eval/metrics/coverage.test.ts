import { expect, it } from 'vitest';
import { catalogueCoverage } from './coverage.ts';

it('coverage: items 0, 1 and 2 of four are shown', () => {
  expect(
    catalogueCoverage(
      [
        [0, 1],
        [1, 2],
      ],
      4,
      10,
    ),
  ).toBe(0.75);
  expect(
    catalogueCoverage(
      [
        [0, 1],
        [1, 2],
      ],
      4,
      1,
    ),
  ).toBe(0.5);
});
