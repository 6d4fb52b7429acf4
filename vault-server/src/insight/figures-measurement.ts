import {
  BITS,
  cellIndex,
  INSTITUTIONS,
  KINDS,
  kindIndex,
  MAX_ENTRY,
  MEDIA,
  VECTOR_LENGTH,
} from './figures-layout.ts';

/**
 * Figures layout 3: how the 189 counts travel as the Prio3 measurement. Every entry of the
 * measurement is one binary digit, which the proof check confines to 0 or 1; a figure (0…15) is
 * written in `BITS` digits, lowest first, and a `people` / `feedbackPeople` entry is one digit. So
 * no report, however it was made, can add more than one person to a cell. Aggregation is linear:
 * the sum of digit k of a figure over all reports, times 2^k, summed over k, is the figure's sum.
 */
const widths: number[] = new Array<number>(VECTOR_LENGTH).fill(BITS);
for (const institution of INSTITUTIONS)
  for (const kind of KINDS) {
    for (const medium of MEDIA) widths[cellIndex(institution, medium, kind, 'people')] = 1;
    widths[kindIndex(institution, kind, 'people')] = 1;
    widths[kindIndex(institution, kind, 'feedbackPeople')] = 1;
  }
const offsets: number[] = [];
let next = 0;
for (const width of widths) {
  offsets.push(next);
  next += width;
}

/** The length of the measurement: one entry per binary digit. */
export const MEASUREMENT_LENGTH = next;

/** The largest value a figures entry can hold: 1 for a count of people, 15 otherwise. */
export const entryMax = (index: number): number => (widths[index] === 1 ? 1 : MAX_ENTRY);

/** Where figures entry `index` begins in the measurement (its lowest digit). */
export const measurementOffset = (index: number): number => offsets[index]!;

/** A week's figures vector (`toVector`) as binary digits; refuses an entry outside its range. */
export function toMeasurement(vector: readonly number[]): number[] {
  if (vector.length !== VECTOR_LENGTH)
    throw new RangeError(`the figures have ${vector.length} entries, not ${VECTOR_LENGTH}`);
  const measurement: number[] = [];
  vector.forEach((value, index) => {
    if (!Number.isInteger(value) || value < 0 || value > entryMax(index))
      throw new RangeError(`figures entry ${index} is ${value}, outside 0…${entryMax(index)}`);
    for (let k = 0; k < widths[index]!; k++) measurement.push((value >> k) & 1);
  });
  return measurement;
}

/** The summed measurement (the unsharded aggregate) back to the sum of each figures entry. */
export function fromMeasurementSums(sums: readonly number[]): number[] {
  if (sums.length !== MEASUREMENT_LENGTH)
    throw new RangeError(`the aggregate has ${sums.length} entries, not ${MEASUREMENT_LENGTH}`);
  return widths.map((width, index) => {
    let sum = 0;
    for (let k = 0; k < width; k++) sum += sums[offsets[index]! + k]! * 2 ** k;
    return sum;
  });
}
