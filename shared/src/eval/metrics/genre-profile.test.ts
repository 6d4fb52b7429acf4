import { expect, it } from 'vitest';
import { genreDistribution } from './genre-profile.ts';

it('each item spreads one unit over its genres', () => {
  expect([...genreDistribution([0, 2], [[0, 1], [5], [1]], 3)]).toEqual([0.25, 0.75, 0]);
});
