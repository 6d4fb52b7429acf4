/**
 * Serendipity@k after Ge et al. (2010): the share of the list that is relevant and not on the
 * primitive recommender's list for the same user. The evaluation's primitive is the user's 50
 * most popular unseen items (5k): with only the top 10 it was almost never hit on goodbooks, and
 * serendipity was precision under another name.
 */
export function serendipityAt(
  list: ArrayLike<number>,
  relevant: ReadonlySet<number>,
  primitive: ArrayLike<number>,
  k: number,
): number {
  const expected = new Set(Array.from(primitive));
  let s = 0;
  for (let r = 0; r < Math.min(k, list.length); r++) {
    const i = list[r] as number;
    if (relevant.has(i) && !expected.has(i)) s++;
  }
  return s / k;
}
