/** A recommender that writes a score for every item for one user (higher is better). */
export interface Scorer {
  readonly name: string;
  scoreUser(user: number, out: Float64Array): void;
}

/**
 * Indices of the k highest scores, skipping `exclude` (sorted) and -Infinity; ties go to the lower
 * index so that every list is deterministic.
 */
export function topK(scores: Float64Array, k: number, exclude: ArrayLike<number> = []): Int32Array {
  const ex = new Set(Array.from(exclude));
  const idx = new Int32Array(k);
  const val = new Float64Array(k).fill(-Infinity);
  let size = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as number;
    if (s === -Infinity || Number.isNaN(s)) continue;
    if (size === k && s <= (val[k - 1] as number)) continue;
    if (ex.has(i)) continue;
    let p = size < k ? size++ : k - 1;
    while (p > 0 && (val[p - 1] as number) < s) {
      val[p] = val[p - 1] as number;
      idx[p] = idx[p - 1] as number;
      p--;
    }
    val[p] = s;
    idx[p] = i;
  }
  return idx.slice(0, size);
}
