import { expect, it } from 'vitest';
import { coverageOver, meanOver, pairedBootstrapRatio } from './paired-bootstrap.ts';

it('the paired bootstrap interval holds the ratio, and is a point when the ratio is the same for every user', () => {
  const a = Float64Array.from({ length: 200 }, (_, i) => 1 + (i % 7));
  const b = Float64Array.from(a, (x) => x / 2);
  const same = pairedBootstrapRatio(200, (d, m) => meanOver(m === 0 ? a : b)(d), 200);
  expect(same.ratio).toBeCloseTo(2, 12);
  expect(same.lo).toBeCloseTo(2, 12);
  expect(same.hi).toBeCloseTo(2, 12);
  const noisy = Float64Array.from(a, (x, i) => x * (i % 2 ? 1.5 : 0.7));
  const r = pairedBootstrapRatio(200, (d, m) => meanOver(m === 0 ? noisy : a)(d), 500);
  expect(r.lo).toBeLessThan(r.ratio);
  expect(r.hi).toBeGreaterThan(r.ratio);
});

it('coverage over a draw counts each item once', () => {
  const cover = coverageOver(
    [
      [0, 1],
      [1, 2],
    ],
    4,
    2,
  );
  expect(cover(Int32Array.from([0, 0]))).toBe(0.5);
  expect(cover(Int32Array.from([0, 1]))).toBe(0.75);
});
