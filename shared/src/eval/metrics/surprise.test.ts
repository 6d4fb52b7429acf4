import { expect, it } from 'vitest';
import { surpriseHitsAt, topGenres } from './surprise.ts';

const GENRES = [[0], [0], [1], [2], [3]];

it('top genres count training genres and break ties to the lower index', () => {
  expect([...topGenres([0, 1, 2, 3], GENRES, 3)].sort()).toEqual([0, 1, 2]);
  expect([...topGenres([0, 1, 2, 3], GENRES, 2)].sort()).toEqual([0, 1]);
});

it('surprise hits: item 4 is relevant and outside the top genres, item 0 is relevant but expected', () => {
  expect(surpriseHitsAt([4, 3, 0], new Set([4, 0]), new Set([0, 1, 2]), GENRES, 3)).toBeCloseTo(
    1 / 3,
    12,
  );
});

it('an item without genres is no surprise, as for the re-ranker', () => {
  expect(surpriseHitsAt([5], new Set([5]), new Set([0]), [...GENRES, []], 1)).toBe(0);
});
