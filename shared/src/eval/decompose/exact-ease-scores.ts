import type { DualEase } from '../baselines/ease-dual.ts';

/**
 * The exact EASE scores w B (all links, negative ones too) of an arbitrary weight per item, such
 * as the product's decayed affinities, from the dual form: with c = X w (one number per training
 * user), w P = (w - c^T K X) / lambda and, for an item j the person does not have,
 * (w B)_j = -(w P)_j / P_jj. Items in `w` get no meaningful score (the caller leaves them out).
 */
export function exactEaseScores(
  model: DualEase,
  w: ReadonlyMap<number, number>,
  out: Float64Array,
): void {
  const { userCount, itemCount, kx, diag, lambda, train, weights } = model;
  const acc = new Float64Array(itemCount);
  for (let v = 0; v < userCount; v++) {
    const row = train[v] as Int32Array;
    let c = 0;
    for (let t = 0; t < row.length; t++) {
      const wi = w.get(row[t] as number);
      if (wi) c += wi * (weights ? ((weights[v] as ArrayLike<number>)[t] as number) : 1);
    }
    if (c === 0) continue;
    const rv = v * itemCount;
    for (let j = 0; j < itemCount; j++) acc[j] = (acc[j] as number) + c * (kx[rv + j] as number);
  }
  for (let j = 0; j < itemCount; j++) out[j] = (acc[j] as number) / lambda / (diag[j] as number);
}
