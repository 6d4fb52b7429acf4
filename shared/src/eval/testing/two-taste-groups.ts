/**
 * A tiny training set for the EASE tests: two taste groups of items, 0-2 and 3-5, and one reader
 * who crosses over; each row's first item is the one its reader liked least.
 */
export const TWO_TASTE_GROUPS: readonly Int32Array[] = [
  [0, 1, 2],
  [0, 1, 2],
  [0, 1],
  [3, 4, 5],
  [3, 4, 5],
  [3, 4],
  [0, 3],
].map((r) => Int32Array.from(r));

/** Per row, `least` for its first item and `rest` for the others (ratings or weights). */
export const firstLeast = (least: number, rest: number): Float32Array[] =>
  TWO_TASTE_GROUPS.map((r) => Float32Array.from(r, (_, t) => (t === 0 ? least : rest)));
