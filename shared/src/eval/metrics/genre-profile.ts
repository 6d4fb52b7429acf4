/**
 * Genre distribution of a set of items: each item spreads a weight of one evenly over its genres
 * (Steck 2018's p(g|u) with uniform item weights). Items without genres add nothing.
 */
export function genreDistribution(
  items: ArrayLike<number>,
  itemGenres: readonly ArrayLike<number>[],
  genreCount: number,
): Float64Array {
  const p = new Float64Array(genreCount);
  let total = 0;
  for (let t = 0; t < items.length; t++) {
    const gs = itemGenres[items[t] as number] ?? [];
    for (let g = 0; g < gs.length; g++)
      p[gs[g] as number] = (p[gs[g] as number] as number) + 1 / gs.length;
    if (gs.length > 0) total++;
  }
  if (total > 0) for (let g = 0; g < genreCount; g++) p[g] = (p[g] as number) / total;
  return p;
}
