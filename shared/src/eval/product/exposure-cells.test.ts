import { describe, expect, it } from 'vitest';
import { exposureCells, sketchExposure } from './exposure-cells.ts';

describe('exposureCells', () => {
  it('gives an id one cell per row, the same every time, each inside its row', () => {
    const cells = exposureCells('goodbooks:1', 3, 100);
    expect(cells).toEqual(exposureCells('goodbooks:1', 3, 100));
    cells.forEach((cell, row) => {
      expect(Number(cell)).toBeGreaterThanOrEqual(row * 100);
      expect(Number(cell)).toBeLessThan((row + 1) * 100);
    });
  });

  it('spreads ids over every cell of a row', () => {
    const cells = new Set(
      Array.from({ length: 2000 }, (_, i) => exposureCells(`b:${i}`, 1, 64)[0]),
    );
    expect(cells.size).toBe(64);
  });

  it('refuses a sketch without rows or cells', () => {
    expect(() => exposureCells('a', 0, 8)).toThrow(RangeError);
    expect(() => exposureCells('a', 2, 0)).toThrow(RangeError);
  });
});

describe('sketchExposure', () => {
  it('reads the smallest of the cells, so one empty cell means unseen', () => {
    const published = new Map([
      ['1', 40],
      ['7', 25],
    ]);
    expect(sketchExposure(published, ['1', '7'])).toBe(25);
    expect(sketchExposure(published, ['1', '9'])).toBe(0);
  });
});
