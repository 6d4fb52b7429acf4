import type { ItemUsers } from '../interactions.ts';

/** Cosine of two items' training user sets: |U_i ∩ U_j| / sqrt(|U_i| |U_j|). */
export function cooccurrenceCosine(iu: ItemUsers, i: number, j: number): number {
  const ci = iu.counts[i] as number;
  const cj = iu.counts[j] as number;
  if (ci === 0 || cj === 0) return 0;
  let a = iu.offsets[i] as number;
  let b = iu.offsets[j] as number;
  const ea = iu.offsets[i + 1] as number;
  const eb = iu.offsets[j + 1] as number;
  let both = 0;
  while (a < ea && b < eb) {
    const x = iu.users[a] as number;
    const y = iu.users[b] as number;
    if (x === y) {
      both++;
      a++;
      b++;
    } else if (x < y) a++;
    else b++;
  }
  return both / Math.sqrt(ci * cj);
}

/**
 * Intra-list diversity in co-occurrence space: mean pairwise 1 - cosine of the items' training
 * user sets. The re-ranker never sees it (it buys genre and theme distance), so it checks
 * whether the diversity it buys is more than the measure it optimises.
 */
export function cooccurrenceDiversity(list: ArrayLike<number>, iu: ItemUsers, k: number): number {
  const n = Math.min(k, list.length);
  if (n < 2) return 0;
  let sum = 0;
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++)
      sum += 1 - cooccurrenceCosine(iu, list[a] as number, list[b] as number);
  return sum / ((n * (n - 1)) / 2);
}
