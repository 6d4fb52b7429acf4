import { expect, it } from 'vitest';
import { invertSpd } from './spd-inverse.ts';

it('inverts a 3x3 SPD matrix (A times the result is the identity)', () => {
  const A = [4, 2, 0.6, 2, 5, 1, 0.6, 1, 3];
  const inv = invertSpd(Float64Array.from(A), 3);
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += (A[i * 3 + k] as number) * (inv[k * 3 + j] as number);
      expect(s).toBeCloseTo(i === j ? 1 : 0, 12);
    }
});

it('rejects a matrix that is not positive definite', () => {
  expect(() => invertSpd(Float64Array.from([1, 2, 2, 1]), 2)).toThrow(/positive definite/);
});
