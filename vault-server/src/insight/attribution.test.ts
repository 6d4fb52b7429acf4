import type { CulturalRecord } from '@verwonder/shared';
import { describe, expect, it } from 'vitest';
import { attribute, BASELINE_SUFFIX, weekFigures } from './attribution.ts';
import { cellIndex, fromVector, kindIndex, toVector, MAX_ENTRY } from './figures-layout.ts';

const SITE = 'http://127.0.0.1:4801';
const shown = (
  itemId: string,
  time: string,
  kind = 'impression',
  suggestionId = `${SITE}#${itemId}`,
  extra: Record<string, string> = {},
): CulturalRecord =>
  ({
    id: `f-${itemId}-${kind}-${time}`,
    category: 'feedback',
    time,
    source: { type: 'extension' },
    item: { id: itemId, title: itemId, kind: 'book', termIds: [], genres: [], authors: [] },
    data: { kind, suggestionId, itemId, wasSurprise: false, site: SITE, ...extra },
  }) as CulturalRecord;
const borrowed = (itemId: string, time: string, action = 'borrowed'): CulturalRecord =>
  ({
    id: `l-${itemId}-${time}`,
    category: 'loans',
    time,
    source: { type: 'person' },
    item: {
      id: itemId,
      title: itemId,
      kind: 'book',
      medium: 'read',
      termIds: [],
      genres: [],
      authors: [],
    },
    data: { action },
  }) as CulturalRecord;

describe('attribution', () => {
  it('counts a loan within 14 days of the impression, not one after, before, or a return', () => {
    const result = attribute([
      shown('book-1', '2026-12-01T10:00:00Z'),
      borrowed('book-1', '2026-12-15T10:00:00Z'), // exactly 14 days
      shown('book-2', '2026-12-01T10:00:00Z'),
      borrowed('book-2', '2026-12-15T10:00:01Z'), // a second too late
      shown('book-3', '2026-12-01T10:00:00+02:00'),
      borrowed('book-3', '2026-12-01T09:00:00Z'), // 10:00+02:00 is 08:00Z: compared as instants, this is after
      shown('book-4', '2026-12-01T10:00:00Z'),
      borrowed('book-4', '2026-12-02T10:00:00Z', 'returned'),
    ]);
    const converted = Object.fromEntries(result.map((s) => [s.itemId, s.conversion]));
    expect(converted).toEqual({
      'book-1': 'loans',
      'book-2': null,
      'book-3': 'loans',
      'book-4': null,
    });
  });

  it('puts the baseline slots, the institution and the week into the figures', () => {
    const result = attribute([
      shown('book-1', '2026-12-01T10:00:00Z', 'impression', `${SITE}#book-1${BASELINE_SUFFIX}`),
      shown('book-1', '2026-12-01T10:00:05Z', 'click', `${SITE}#book-1${BASELINE_SUFFIX}`),
      shown('book-2', '2026-12-08T10:00:00Z'),
    ]);
    expect(result.map((s) => [s.kind, s.institution, s.week])).toEqual([
      ['baseline', 'library', '2026-W49'],
      ['fits', 'library', '2026-W50'],
    ]);
    const vector = toVector(weekFigures(result, '2026-W49'));
    expect(vector[cellIndex('library', 'read', 'baseline', 'impressions')]).toBe(1);
    expect(vector[cellIndex('library', 'read', 'baseline', 'clicks')]).toBe(1);
    // Two counts and the person counted once in the cell and once in the institution × kind.
    expect(vector[cellIndex('library', 'read', 'baseline', 'people')]).toBe(1);
    expect(vector.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('counts a slot marked baseline as baseline, and the answer after a conversion as feedback', () => {
    const id = `${SITE}#book-5${BASELINE_SUFFIX}`;
    const result = attribute([
      shown('book-5', '2026-12-01T10:00:00Z', 'impression', id, { slot: 'baseline' }),
      shown('book-5', '2026-12-01T10:00:05Z', 'click', id, { slot: 'baseline' }),
      borrowed('book-5', '2026-12-03T10:00:00Z'),
      shown('book-5', '2026-12-04T10:00:00Z', 'answer', id, { slot: 'baseline', answer: 'yes' }),
    ]);
    expect(result).toEqual([
      expect.objectContaining({
        kind: 'baseline',
        clicked: true,
        conversion: 'loans',
        answer: 'yes',
        feedbackScore: 1,
      }),
    ]);
    const vector = toVector(weekFigures(result, '2026-W49'));
    expect(vector[kindIndex('library', 'baseline', 'feedbackCount')]).toBe(1);
    expect(vector[cellIndex('library', 'read', 'baseline', 'conversions')]).toBe(1);
  });

  it('names the last button pressed on a suggestion, beside the answer, and reports no more than before (review finding: "Je antwoord" shows "—" after "Goed idee" on a site)', () => {
    const result = attribute([
      shown('book-6', '2026-12-01T10:00:00Z'),
      shown('book-6', '2026-12-01T10:00:05Z', 'thumbs-down'),
      shown('book-6', '2026-12-01T10:00:09Z', 'thumbs-up'),
      shown('book-7', '2026-12-01T10:00:00Z'),
    ]);
    expect(result.map((s) => [s.itemId, s.button, s.answer, s.feedbackScore])).toEqual([
      ['book-6', 'thumbs-up', null, 1],
      ['book-7', null, null, null],
    ]);
    const vector = toVector(weekFigures(result, '2026-W49'));
    expect(vector[kindIndex('library', 'fits', 'feedbackCount')]).toBe(1);
    expect(vector[kindIndex('library', 'fits', 'feedbackSum')]).toBe(1);
    // A 👍 on the vault's own "Voor jou" (the vault's origin) reaches no institution's figures.
    const own = attribute([
      {
        ...shown('book-8', '2026-12-01T10:00:00Z', 'thumbs-up'),
        data: {
          kind: 'thumbs-up',
          suggestionId: 'for-you#book-8',
          itemId: 'book-8',
          wasSurprise: false,
          site: 'http://localhost:4800',
        },
      } as CulturalRecord,
    ]);
    expect(own[0]).toMatchObject({ institution: null, button: 'thumbs-up' });
    expect(toVector(weekFigures(own, '2026-W49')).every((value) => value === 0)).toBe(true);
  });

  it('clips every entry to the range the proof allows and names every entry back', () => {
    const vector = toVector({
      cells: [
        { institution: 'museum', medium: 'listen', kind: 'surprise', metric: 'clicks', value: 999 },
      ],
      kinds: [{ institution: 'agenda', kind: 'fits', metric: 'feedbackSum', value: -3 }],
    });
    expect(vector[cellIndex('museum', 'listen', 'surprise', 'clicks')]).toBe(MAX_ENTRY);
    expect(vector[kindIndex('agenda', 'fits', 'feedbackSum')]).toBe(0);
    const named = fromVector(vector);
    expect(named.cells.find((c) => c.value > 0)).toMatchObject({
      institution: 'museum',
      medium: 'listen',
      kind: 'surprise',
      metric: 'clicks',
    });
    expect(
      new Set([...named.cells.map((c) => `${c.institution}${c.medium}${c.kind}${c.metric}`)]).size,
    ).toBe(named.cells.length);
  });
});
