import { expect, it } from 'vitest';
import { noveltyAt } from './novelty.ts';

it('novelty: popularity shares 1, 1/2 and (unseen, counted as 1 of 4) 1/4 give bits 0, 1, 2', () => {
  expect(noveltyAt([0, 1, 3], [4, 2, 1, 0], 4, 10)).toBeCloseTo(1, 12);
});
