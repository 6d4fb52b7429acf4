import { jaccardDistance } from '../../wonder/rerank/jaccard-distance.ts';

/** Intra-list diversity@k: mean pairwise Jaccard distance of the genre sets. */
export function intraListDiversity(
  list: ArrayLike<number>,
  itemGenres: readonly ArrayLike<number>[],
  k: number,
): number {
  const n = Math.min(k, list.length);
  if (n < 2) return 0;
  let sum = 0;
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++)
      sum += jaccardDistance(
        itemGenres[list[a] as number] ?? [],
        itemGenres[list[b] as number] ?? [],
      );
  return sum / ((n * (n - 1)) / 2);
}
