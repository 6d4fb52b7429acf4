import { describe, expect, it } from 'vitest';
import { LAYOUT_VERSION, toVector, VECTOR_LENGTH, type Figures } from '../figures-layout.ts';
import type { Published } from './collector-store.ts';
import { dashboardRows } from './dashboard-rows.ts';

type Cell = Figures['cells'][number];
const shown = (medium: Cell['medium'], clicks = 0): Figures['cells'] => [
  { institution: 'library', medium, kind: 'fits', metric: 'impressions', value: 2 },
  { institution: 'library', medium, kind: 'fits', metric: 'clicks', value: clicks },
];
/** The sum of the people's reports, as the collector publishes it. */
function published(people: Figures[], layout = LAYOUT_VERSION): Published {
  const figures = new Array<number>(VECTOR_LENGTH).fill(0);
  for (const person of people) toVector(person).forEach((v, i) => (figures[i]! += v));
  return {
    batch: '2026-W41',
    reports: people.length,
    figures,
    epsilon: null,
    publishedAt: '',
    layout,
  };
}

describe('dashboardRows (review finding: one person singled out among idle opted-in people)', () => {
  // Three people read; only the third also listened (and clicked): her listening is hers alone.
  const week = published([
    { cells: shown('read'), kinds: [] },
    { cells: shown('read'), kinds: [] },
    {
      cells: [...shown('read', 1), ...shown('listen', 1)],
      kinds: [{ institution: 'library', kind: 'fits', metric: 'feedbackCount', value: 1 }],
    },
  ]);
  const rows = dashboardRows([week], 3);
  const row = (medium: string) =>
    rows.find((r) => r.institution === 'library' && r.medium === medium)!;

  it('withholds a cell fewer than the minimum of people gave, and its complement from the total', () => {
    expect(row('read').wonder).toEqual({ impressions: 6, clicks: 1, conversions: 0 });
    expect(row('listen')).toMatchObject({ wonder: null, acceptanceWonder: null });
    expect(row('listen').suppressed).toContain('wonder');
    // "all media" is the sum of the media shown: all − read gives nothing of the listening.
    expect(row('all').wonder).toEqual(row('read').wonder);
    // One answer only: no feedback figure; the listening withheld: no media crossed either.
    expect(row('all')).toMatchObject({ feedbackMean: null, feedbackCount: null });
    expect(row('all').suppressed).toEqual(['baseline', 'surprise', 'mediaCrossed', 'feedback']);
  });

  it('shows everything the minimum of people gave', () => {
    expect(dashboardRows([week], 1).find((r) => r.medium === 'listen')!.wonder).toEqual({
      impressions: 2,
      clicks: 1,
      conversions: 0,
    });
  });

  it('withholds a week published in figures layout 1 (no count of people in it) or 2 (people counts a vault could fake)', () => {
    for (const layout of [1, 2]) {
      const old = dashboardRows([published([{ cells: shown('read'), kinds: [] }], layout)], 1);
      expect(old.every((r) => r.wonder === null && r.suppressed.length === 5)).toBe(true);
    }
  });

  it('withholds surprises when wonder minus them would show fewer than the minimum of fits (review finding: one person singled out among idle opted-in people)', () => {
    const cells = (kind: 'fits' | 'surprise', conversions: number): Figures['cells'] => [
      { institution: 'library', medium: 'read', kind, metric: 'impressions', value: 2 },
      { institution: 'library', medium: 'read', kind, metric: 'conversions', value: conversions },
    ];
    const readRow = (week: Published) =>
      dashboardRows([week], 3).find((r) => r.institution === 'library' && r.medium === 'read')!;
    // Three people borrowed a surprise; only one was shown a fitting book, and borrowed it.
    const lone = readRow(
      published([
        { cells: cells('surprise', 1), kinds: [] },
        { cells: cells('surprise', 1), kinds: [] },
        { cells: [...cells('surprise', 1), ...cells('fits', 1)], kinds: [] },
      ]),
    );
    expect(lone.wonder).toEqual({ impressions: 8, clicks: 0, conversions: 4 });
    // A surprise rate of 3/4 would tell that the one fitting book was borrowed.
    expect(lone.surpriseRate).toBeNull();
    expect(lone.suppressed).toContain('surprise');
    // With three people behind each, both are shown.
    const many = readRow(
      published(
        [0, 1, 2].map(() => ({ cells: [...cells('surprise', 1), ...cells('fits', 0)], kinds: [] })),
      ),
    );
    expect(many.surpriseRate).toBe(1);
    expect(many.suppressed).not.toContain('surprise');
  });

  it('withholds media crossed while a part with conversions is withheld (review finding: media crossed reveals withheld conversions)', () => {
    const read = (crossed: number): Figures => ({
      cells: [
        { institution: 'library', medium: 'read', kind: 'fits', metric: 'impressions', value: 2 },
        { institution: 'library', medium: 'read', kind: 'fits', metric: 'conversions', value: 1 },
      ],
      kinds: [{ institution: 'library', kind: 'fits', metric: 'crossed', value: crossed }],
    });
    const ten = Array.from({ length: 10 }, (_, i) => read(i < 4 ? 1 : 0));
    // The only person shown the baseline, who borrowed 3: 4/13 would tell the 3 withheld ones.
    const lone: Figures = {
      cells: [
        {
          institution: 'library',
          medium: 'listen',
          kind: 'baseline',
          metric: 'impressions',
          value: 4,
        },
        {
          institution: 'library',
          medium: 'listen',
          kind: 'baseline',
          metric: 'conversions',
          value: 3,
        },
      ],
      kinds: [],
    };
    const all = (people: Figures[]) =>
      dashboardRows([published(people)], 10).find(
        (r) => r.institution === 'library' && r.medium === 'all',
      )!;
    expect(all([...ten, lone])).toMatchObject({ mediaCrossed: null, baseline: null });
    expect(all([...ten, lone]).suppressed).toContain('mediaCrossed');
    // Nothing withheld: the share over the conversions shown.
    expect(all(ten).mediaCrossed).toBe(0.4);
    expect(all(ten).suppressed).not.toContain('mediaCrossed');
  });
});
