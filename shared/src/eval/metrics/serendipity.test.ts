import { expect, it } from 'vitest';
import { serendipityAt } from './serendipity.ts';

it('serendipity: relevant 3 and 4 are not on the popularity list, relevant 1 is', () => {
  expect(serendipityAt([1, 2, 3, 4], new Set([1, 3, 4]), [1, 9], 4)).toBe(0.5);
});
