import { dot, type SparseVector } from './sparse-vector.ts';

export interface DppInput {
  /** Unit feature vectors of the candidates; similarity is (1 - jitter) * cosine off the diagonal. */
  features: readonly SparseVector[];
  /** Additive utility per candidate (relevance and any bonus or penalty), in log-quality units. */
  utility: Float64Array;
  k: number;
  /** Weight of the diversity term log det; 0 is a plain sort by utility. */
  diversity: number;
  /** Keeps the kernel positive definite when two candidates have the same features. */
  jitter?: number;
  /** Optional rule per step: may candidate c take position `step`? */
  eligible?: (c: number, step: number) => boolean;
}

/**
 * Greedy MAP inference for a DPP after Chen, Zhang & Zhou (2018): incremental Cholesky rows c_i
 * and conditional variances d_i^2, so that each step costs O(candidates x picked). The gain of a
 * candidate is utility + diversity * log d_i^2, i.e. the log-determinant of the kernel
 * diag(q) S diag(q) with q = exp(utility / (2 * diversity)).
 */
export function greedyDpp(input: DppInput): number[] {
  const { features, utility, k, diversity } = input;
  const jitter = input.jitter ?? 0.1;
  const n = features.length;
  const steps = Math.min(k, n);
  const d2 = new Float64Array(n).fill(1);
  const c = Array.from({ length: n }, () => new Float64Array(steps));
  const picked: number[] = [];
  const used = new Uint8Array(n);
  for (let step = 0; step < steps; step++) {
    let best = -1;
    let bestGain = -Infinity;
    for (let i = 0; i < n; i++) {
      if (used[i] || (input.eligible && !input.eligible(i, step))) continue;
      const gain = (utility[i] as number) + diversity * Math.log(Math.max(d2[i] as number, 1e-9));
      if (gain > bestGain) {
        bestGain = gain;
        best = i;
      }
    }
    if (best < 0) break;
    used[best] = 1;
    picked.push(best);
    const cj = c[best] as Float64Array;
    const dj = Math.sqrt(Math.max(d2[best] as number, 1e-9));
    const fj = features[best] as SparseVector;
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      const ci = c[i] as Float64Array;
      let e = (1 - jitter) * dot(fj, features[i] as SparseVector);
      for (let t = 0; t < step; t++) e -= (cj[t] as number) * (ci[t] as number);
      e /= dj;
      ci[step] = e;
      d2[i] = (d2[i] as number) - e * e;
    }
  }
  return picked;
}
