/**
 * Serendipity@k after Ge et al. (2010): the share of the list that is relevant and not on the
 * primitive (popularity) recommender's list for the same user.
 */
export function serendipityAt(
  list: ArrayLike<number>,
  relevant: ReadonlySet<number>,
  primitive: ArrayLike<number>,
  k: number,
): number {
  const expected = new Set(Array.from(primitive).slice(0, k));
  let s = 0;
  for (let r = 0; r < Math.min(k, list.length); r++) {
    const i = list[r] as number;
    if (relevant.has(i) && !expected.has(i)) s++;
  }
  return s / k;
}
