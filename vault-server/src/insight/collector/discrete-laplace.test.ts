import { describe, expect, it } from 'vitest';
import { discreteLaplace } from './discrete-laplace.ts';

describe('discrete Laplace noise', () => {
  it('is centred on zero with the variance 2p/(1-p)^2 of its scale', () => {
    const epsilon = 1;
    const sensitivity = 3;
    const draws = Array.from({ length: 20_000 }, () => discreteLaplace(epsilon, sensitivity));
    expect(draws.every(Number.isInteger)).toBe(true);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length;
    const p = Math.exp(-epsilon / sensitivity);
    const expected = (2 * p) / (1 - p) ** 2;
    expect(Math.abs(mean)).toBeLessThan(0.2);
    expect(Math.abs(variance / expected - 1)).toBeLessThan(0.1);
  });
});
