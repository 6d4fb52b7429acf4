/** Catalogue coverage@k: the share of all items that appear in at least one user's top k. */
export function catalogueCoverage(
  lists: readonly ArrayLike<number>[],
  itemCount: number,
  k: number,
): number {
  const seen = new Uint8Array(itemCount);
  let n = 0;
  for (const list of lists)
    for (let r = 0; r < Math.min(k, list.length); r++) {
      const i = list[r] as number;
      if (!seen[i]) {
        seen[i] = 1;
        n++;
      }
    }
  return itemCount === 0 ? 0 : n / itemCount;
}
