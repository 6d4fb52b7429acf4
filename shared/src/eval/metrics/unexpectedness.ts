/**
 * Unexpectedness@k: mean distance of the listed items to the user's profile, the distance being
 * 1 - cosine(item genre indicator, user genre distribution).
 */
export function unexpectednessAt(
  list: ArrayLike<number>,
  profile: Float64Array,
  itemGenres: readonly ArrayLike<number>[],
  k: number,
): number {
  let norm = 0;
  for (let g = 0; g < profile.length; g++) norm += (profile[g] as number) ** 2;
  norm = Math.sqrt(norm);
  const n = Math.min(k, list.length);
  if (n === 0) return 0;
  let sum = 0;
  for (let r = 0; r < n; r++) {
    const gs = itemGenres[list[r] as number] ?? [];
    let dot = 0;
    for (let g = 0; g < gs.length; g++) dot += profile[gs[g] as number] as number;
    const cos = gs.length === 0 || norm === 0 ? 0 : dot / (Math.sqrt(gs.length) * norm);
    sum += 1 - cos;
  }
  return sum / n;
}
