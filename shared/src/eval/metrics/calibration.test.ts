import { expect, it } from 'vitest';
import { calibrationKl } from './calibration.ts';

it('KL of profile (1/2, 1/2) against a list of genre 0 only, smoothed with alpha 0.01', () => {
  const p = Float64Array.from([0.5, 0.5]);
  const expected = 0.5 * Math.log2(0.5 / 0.995) + 0.5 * Math.log2(0.5 / 0.005);
  expect(calibrationKl([0], p, [[0], [1]], 10)).toBeCloseTo(expected, 12);
  expect(calibrationKl([0, 1], p, [[0], [1]], 10)).toBeCloseTo(0, 12);
});
