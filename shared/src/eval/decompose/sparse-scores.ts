import type { Scorer } from '../scorer.ts';
import type { NeighbourLinks } from '../product/ease-item-model.ts';

/** The sparse model's scores: each of the person's items adds its weight times its links. */
export function sparseScores(
  links: NeighbourLinks,
  w: ReadonlyMap<number, number>,
  out: Float64Array,
): void {
  out.fill(0);
  for (const [i, wi] of w) {
    const l = links[i];
    if (!l) continue;
    for (let n = 0; n < l.ids.length; n++) {
      const j = l.ids[n] as number;
      out[j] = (out[j] as number) + wi * (l.sims[n] as number);
    }
  }
}

/**
 * A per-item correction for the links a sparse model leaves out, fitted by least squares to a
 * full model's scores over every training user: full_ui - sparse_ui ~ b_i * (u's summed weight),
 * over the items u does not have. Added as b_i times the person's summed weight.
 */
export function residualBias(
  links: NeighbourLinks,
  full: Scorer,
  userWeights: readonly ReadonlyMap<number, number>[],
  itemCount: number,
): Float64Array {
  const num = new Float64Array(itemCount);
  const den = new Float64Array(itemCount);
  const f = new Float64Array(itemCount);
  const s = new Float64Array(itemCount);
  userWeights.forEach((w, u) => {
    if (w.size === 0) return;
    let n = 0;
    for (const x of w.values()) n += x;
    full.scoreUser(u, f);
    sparseScores(links, w, s);
    for (let i = 0; i < itemCount; i++) {
      if (w.has(i)) continue;
      num[i] = (num[i] as number) + n * ((f[i] as number) - (s[i] as number));
      den[i] = (den[i] as number) + n * n;
    }
  });
  return Float64Array.from(num, (x, i) => (den[i] ? x / (den[i] as number) : 0));
}
