/** The user's `n` most frequent genres in training (ties to the lower genre index). */
export function topGenres(
  train: ArrayLike<number>,
  itemGenres: readonly ArrayLike<number>[],
  n = 3,
): Set<number> {
  const counts = new Map<number, number>();
  for (let t = 0; t < train.length; t++)
    for (const g of Array.from(itemGenres[train[t] as number] ?? []))
      counts.set(g, (counts.get(g) ?? 0) + 1);
  return new Set(
    [...counts]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, n)
      .map(([g]) => g),
  );
}

/**
 * An item is unexpected when it has genres and shares none with the user's top genres. An item
 * without genres is not: nothing is known about it, and the re-ranker does not count it either.
 */
export function isUnexpected(genres: ArrayLike<number>, top: ReadonlySet<number>): boolean {
  if (genres.length === 0) return false;
  for (let g = 0; g < genres.length; g++) if (top.has(genres[g] as number)) return false;
  return true;
}

/** Surprise hits@k: the share of the list that is both relevant and unexpected. */
export function surpriseHitsAt(
  list: ArrayLike<number>,
  relevant: ReadonlySet<number>,
  top: ReadonlySet<number>,
  itemGenres: readonly ArrayLike<number>[],
  k: number,
): number {
  let s = 0;
  for (let r = 0; r < Math.min(k, list.length); r++) {
    const i = list[r] as number;
    if (relevant.has(i) && isUnexpected(itemGenres[i] ?? [], top)) s++;
  }
  return s / k;
}
