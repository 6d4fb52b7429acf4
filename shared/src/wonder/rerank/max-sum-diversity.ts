import { jaccardDistance } from './jaccard-distance.ts';
import type { SparseVector } from './sparse-vector.ts';

/** Jaccard distance of the feature sets (weights ignored), the measure of intra-list diversity. */
export function featureDistance(a: SparseVector, b: SparseVector): number {
  return jaccardDistance(a.idx, b.idx);
}

export interface DiversityInput {
  features: readonly SparseVector[];
  /** Utility per candidate (calibrated relevance plus bonuses), in relevance units. */
  utility: Float64Array;
  k: number;
  /** Relevance one unit of mean distance is worth; 0 is a plain sort by utility. */
  diversity: number;
  /** Optional rule per step: may candidate c take the next position, given the picks so far? */
  eligible?: (c: number, picked: readonly number[]) => boolean;
}

/**
 * Greedy max-sum diversification (Borodin et al. 2012; MMR with a mean instead of a max): each step
 * takes the candidate maximising utility + diversity * (mean distance to the picks so far). The mean
 * makes each step's gain its exact contribution to the list's intra-list diversity, so the trade-off
 * is a Lagrangian of expected relevance against the diversity the person sees.
 */
export function maxSumDiversity(input: DiversityInput): number[] {
  const { features, utility, k, diversity } = input;
  const n = features.length;
  const sum = new Float64Array(n);
  const used = new Uint8Array(n);
  const picked: number[] = [];
  while (picked.length < Math.min(k, n)) {
    const s = picked.length;
    let best = -1;
    let bestGain = -Infinity;
    for (let c = 0; c < n; c++) {
      if (used[c] || (input.eligible && !input.eligible(c, picked))) continue;
      const gain = (utility[c] as number) + (s > 0 ? (diversity * (sum[c] as number)) / s : 0);
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
    }
    if (best < 0) break;
    used[best] = 1;
    picked.push(best);
    const fb = features[best] as SparseVector;
    if (diversity > 0)
      for (let c = 0; c < n; c++)
        if (!used[c])
          sum[c] = (sum[c] as number) + featureDistance(fb, features[c] as SparseVector);
  }
  return picked;
}
