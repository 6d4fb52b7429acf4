import { expect, it } from 'vitest';
import { intraListDiversity } from './ild.ts';

const GENRES = [[0, 1], [1, 2], [3]];

it('ILD of three items: pair distances 2/3, 1 and 1 average to 8/9', () => {
  expect(intraListDiversity([0, 1, 2], GENRES, 10)).toBeCloseTo(8 / 9, 12);
  expect(intraListDiversity([0, 1, 2], GENRES, 2)).toBeCloseTo(2 / 3, 12);
  expect(intraListDiversity([0], GENRES, 10)).toBe(0);
});
