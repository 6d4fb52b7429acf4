import { describe, expect, it } from 'vitest';
import { cellIndex, MAX_ENTRY, VECTOR_LENGTH } from './figures-layout.ts';
import {
  entryMax,
  fromMeasurementSums,
  MEASUREMENT_LENGTH,
  toMeasurement,
} from './figures-measurement.ts';

const people = cellIndex('library', 'read', 'fits', 'people');

describe('figures layout 3: binary digits', () => {
  it('writes every figure in 4 digits and every count of people in 1', () => {
    expect(entryMax(people)).toBe(1);
    expect(entryMax(cellIndex('library', 'read', 'fits', 'clicks'))).toBe(MAX_ENTRY);
    expect(MEASUREMENT_LENGTH).toBe(135 * 4 + 54);
    expect(toMeasurement(new Array<number>(VECTOR_LENGTH).fill(0)).length).toBe(MEASUREMENT_LENGTH);
  });

  it('decodes the digit sums of many reports to each figure’s sum (aggregation is linear)', () => {
    const reports = [3, 11, 15].map((n) =>
      Array.from({ length: VECTOR_LENGTH }, (_, i) => (n * (i + 1)) % (entryMax(i) + 1)),
    );
    const digits = new Array<number>(MEASUREMENT_LENGTH).fill(0);
    for (const report of reports) toMeasurement(report).forEach((d, i) => (digits[i]! += d));
    const truth = reports[0]!.map((_, i) => reports.reduce((sum, r) => sum + r[i]!, 0));
    expect(fromMeasurementSums(digits)).toEqual(truth);
  });

  it('refuses an entry outside its range (a count of people above 1, a figure above 15)', () => {
    const vector = new Array<number>(VECTOR_LENGTH).fill(0);
    vector[people] = 2;
    expect(() => toMeasurement(vector)).toThrow(RangeError);
    vector[people] = 0;
    vector[0] = MAX_ENTRY + 1;
    expect(() => toMeasurement(vector)).toThrow(RangeError);
    expect(() => toMeasurement([1])).toThrow(RangeError);
  });
});
