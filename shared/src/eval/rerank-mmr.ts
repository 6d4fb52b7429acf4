import { jaccardDistance } from '../wonder/rerank/jaccard-distance.ts';

/**
 * Maximal marginal relevance (Carbonell & Goldstein 1998) over a candidate pool: each step takes the
 * candidate maximising lambda * relevance - (1 - lambda) * max similarity to the picked ones, with
 * relevance min-max scaled over the pool and similarity = 1 - Jaccard distance of genres.
 * With `popularity`, relevance is first penalised by beta times the item's log popularity,
 * min-max scaled over the pool (popularity-penalised MMR, the two-knob baseline).
 */
export function mmrRerank(
  pool: ArrayLike<number>,
  scores: Float64Array,
  itemGenres: readonly ArrayLike<number>[],
  k: number,
  lambda: number,
  popularity?: { counts: ArrayLike<number>; beta: number },
): Int32Array {
  const ids = Array.from(pool);
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of ids) {
    lo = Math.min(lo, scores[i] as number);
    hi = Math.max(hi, scores[i] as number);
  }
  let rel = ids.map((i) => (hi > lo ? ((scores[i] as number) - lo) / (hi - lo) : 1));
  if (popularity && popularity.beta > 0) {
    const logPop = ids.map((i) => Math.log1p(popularity.counts[i] as number));
    const pLo = Math.min(...logPop);
    const pHi = Math.max(...logPop);
    rel = rel.map(
      (r, c) => r - popularity.beta * (pHi > pLo ? ((logPop[c] as number) - pLo) / (pHi - pLo) : 0),
    );
  }
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
