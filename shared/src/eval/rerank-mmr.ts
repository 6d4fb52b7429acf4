import { jaccardDistance } from '../wonder/rerank/jaccard-distance.ts';

/**
 * Maximal marginal relevance (Carbonell & Goldstein 1998) over a candidate pool: each step takes the
 * candidate maximising lambda * relevance - (1 - lambda) * max similarity to the picked ones, with
 * relevance min-max scaled over the pool and similarity = 1 - Jaccard distance of genres.
 * With `popularity`, relevance is first penalised by beta times the item's log popularity,
 * min-max scaled over the pool (popularity-penalised MMR, the two-knob baseline). With `exposure`,
 * it is penalised the same way by gamma times log(1 + the item's published exposure), the signal
 * the product's re-ranker would get from a published aggregate (see product/published-exposure.ts).
 */
export function mmrRerank(
  pool: ArrayLike<number>,
  scores: Float64Array,
  itemGenres: readonly ArrayLike<number>[],
  k: number,
  lambda: number,
  popularity?: { counts: ArrayLike<number>; beta: number },
  exposure?: { values: ArrayLike<number>; gamma: number },
): Int32Array {
  const ids = Array.from(pool);
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of ids) {
    lo = Math.min(lo, scores[i] as number);
    hi = Math.max(hi, scores[i] as number);
  }
  let rel = ids.map((i) => (hi > lo ? ((scores[i] as number) - lo) / (hi - lo) : 1));
  if (popularity) rel = penalise(rel, ids, popularity.counts, popularity.beta);
  if (exposure) rel = penalise(rel, ids, exposure.values, exposure.gamma);
  const maxSim = new Float64Array(ids.length);
  const used = new Uint8Array(ids.length);
  const out: number[] = [];
  while (out.length < Math.min(k, ids.length)) {
    let best = -1;
    let bestVal = -Infinity;
    for (let c = 0; c < ids.length; c++) {
      if (used[c]) continue;
      const v = lambda * (rel[c] as number) - (1 - lambda) * (maxSim[c] as number);
      if (v > bestVal) {
        bestVal = v;
        best = c;
      }
    }
    used[best] = 1;
    const picked = ids[best] as number;
    out.push(picked);
    for (let c = 0; c < ids.length; c++) {
      if (used[c]) continue;
      const s = 1 - jaccardDistance(itemGenres[ids[c] as number] ?? [], itemGenres[picked] ?? []);
      if (s > (maxSim[c] as number)) maxSim[c] = s;
    }
  }
  return Int32Array.from(out);
}

/** Relevance minus weight times log(1 + value), the latter min-max scaled over the pool. */
function penalise(
  rel: number[],
  ids: readonly number[],
  values: ArrayLike<number>,
  weight: number,
): number[] {
  if (weight <= 0) return rel;
  const logs = ids.map((i) => Math.log1p(values[i] as number));
  const lo = Math.min(...logs);
  const hi = Math.max(...logs);
  return rel.map((r, c) => r - weight * (hi > lo ? ((logs[c] as number) - lo) / (hi - lo) : 0));
}
