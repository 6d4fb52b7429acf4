/**
 * An item's cells in a hashed exposure sketch of `rows` rows of `width` cells (count-min: row r
 * hashes the id with FNV-1a seeded by r): what a published aggregate of rows x width digits per
 * report could count instead of one digit per catalogue item, whose Prio3 proof costs seconds per
 * report. An item's exposure is read as the smallest of its cells (`sketchExposure`): a collision
 * only ever adds, so the smallest cell is the closest, and an item is unseen when any cell is empty.
 */
export function exposureCells(id: string, rows: number, width: number): string[] {
  for (const [name, n] of [
    ['rows', rows],
    ['width', width],
  ] as const)
    if (!Number.isInteger(n) || n < 1)
      throw new RangeError(`${name} must be a positive whole number, not ${n}`);
  const cells: string[] = [];
  for (let r = 0; r < rows; r++) {
    let hash = (0x811c9dc5 ^ Math.imul(r + 1, 0x9e3779b1)) >>> 0;
    for (let i = 0; i < id.length; i++) {
      hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
    }
    // A final mix, so that ids differing only at the end spread over the whole row.
    hash = Math.imul((hash ^ (hash >>> 15)) >>> 0, 0x2c1b3c6d) >>> 0;
    hash = (hash ^ (hash >>> 12)) >>> 0;
    cells.push(String(r * width + (hash % width)));
  }
  return cells;
}

/** An item's exposure read from a published sketch: the smallest of its cells' values. */
export function sketchExposure(
  published: ReadonlyMap<string, number>,
  cells: readonly string[],
): number {
  let least = Infinity;
  for (const cell of cells) least = Math.min(least, published.get(cell) ?? 0);
  return cells.length === 0 ? 0 : least;
}
