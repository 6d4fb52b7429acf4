import { hitsAt } from './hits.ts';

/** Recall@k: hits over all relevant test items. */
export function recallAt(
  list: ArrayLike<number>,
  relevant: ReadonlySet<number>,
  k: number,
): number {
  return relevant.size === 0 ? 0 : hitsAt(list, relevant, k) / relevant.size;
}
