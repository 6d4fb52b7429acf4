import { describe, expect, it } from 'vitest';
import { cellIndex, kindIndex, MAX_ENTRY, toVector, type Figures } from './figures-layout.ts';

const cell = (metric: 'impressions' | 'clicks' | 'conversions', value: number) => ({
  institution: 'library' as const,
  medium: 'read' as const,
  kind: 'fits' as const,
  metric,
  value,
});
const at = (metric: 'impressions' | 'clicks' | 'conversions') =>
  cellIndex('library', 'read', 'fits', metric);

describe('toVector caps together (review finding: capping each figure separately skews the rates)', () => {
  it('scales clicks and conversions with impressions past the cap', () => {
    const figures: Figures = {
      cells: [cell('impressions', 30), cell('clicks', 6), cell('conversions', 2)],
      kinds: [
        { institution: 'library', kind: 'fits', metric: 'crossed', value: 2 },
        { institution: 'library', kind: 'fits', metric: 'feedbackCount', value: 12 },
        { institution: 'library', kind: 'fits', metric: 'feedbackSum', value: 20 },
      ],
    };
    const vector = toVector(figures);
    // 30 shown, 6 clicked, 2 converted: 15, 3 and 1, the same rates (not 15, 6 and 2).
    expect([at('impressions'), at('clicks'), at('conversions')].map((i) => vector[i])).toEqual([
      MAX_ENTRY,
      3,
      1,
    ]);
    expect(vector[kindIndex('library', 'fits', 'crossed')]).toBe(1);
    // Twelve answers summing to 20: 9 and 15, the same mean.
    expect(vector[kindIndex('library', 'fits', 'feedbackCount')]).toBe(9);
    expect(vector[kindIndex('library', 'fits', 'feedbackSum')]).toBe(15);
  });

  it('keeps the rate over many people when the scaled count is a fraction', () => {
    // 40 shown, 4 clicked: 15 and 1.5, which rounds to 1 or 2 by chance, so the mean rate stays 0.1.
    let clicks = 0;
    let shown = 0;
    for (let person = 0; person < 2000; person++) {
      const vector = toVector({ cells: [cell('impressions', 40), cell('clicks', 4)], kinds: [] });
      clicks += vector[at('clicks')]!;
      shown += vector[at('impressions')]!;
    }
    expect(Math.abs(clicks / shown - 0.1)).toBeLessThan(0.01);
  });
});
