import { hitsAt } from './hits.ts';

/** Precision@k: hits over k (a shorter list still divides by k). */
export function precisionAt(
  list: ArrayLike<number>,
  relevant: ReadonlySet<number>,
  k: number,
): number {
  return hitsAt(list, relevant, k) / k;
}
