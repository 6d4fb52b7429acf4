/**
 * Jaccard distance between two sorted index sets (genres, features); two empty sets are at distance 0.
 * The one definition: the re-ranker buys it and the evaluation's intra-list diversity measures it.
 */
export function jaccardDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - both;
  return union === 0 ? 0 : 1 - both / union;
}
