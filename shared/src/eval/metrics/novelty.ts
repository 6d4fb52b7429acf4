/**
 * Novelty@k: mean self-information -log2 p(i), p(i) the share of training users who rated the item.
 * Items nobody rated in training count as rated by one user, so the value stays finite.
 */
export function noveltyAt(
  list: ArrayLike<number>,
  itemUsers: ArrayLike<number>,
  userCount: number,
  k: number,
): number {
  const n = Math.min(k, list.length);
  if (n === 0) return 0;
  let sum = 0;
  for (let r = 0; r < n; r++)
    sum += -Math.log2(Math.max(1, itemUsers[list[r] as number] as number) / userCount);
  return sum / n;
}
