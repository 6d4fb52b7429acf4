import type { ItemUsers } from '../interactions.ts';
import type { Scorer } from '../scorer.ts';
import type { EaseModel } from './ease.ts';

/**
 * Extends an EASE model to the items left out of its Gram matrix: each tail item j gets the ridge
 * regression of its column on the modelled items, b_j = P X^T x_j with P = (X^T X + lambda I)^-1,
 * the same estimator as EASE without the zero-diagonal constraint (j is not among the regressors).
 * Cost per tail item: (its co-occurring modelled items) x n, so no second inverse is needed.
 */
export interface EaseTail {
  items: Int32Array;
  /** n x T, row-major: weight of modelled column a for tail item t. */
  w: Float32Array;
}

export function trainEaseTail(
  model: EaseModel,
  train: readonly Int32Array[],
  iu: ItemUsers,
  minCount: number,
  weights?: readonly ArrayLike<number>[],
): EaseTail {
  const n = model.cols.length;
  const tail: number[] = [];
  for (let i = 0; i < iu.counts.length; i++) if ((model.colOf[i] as number) < 0 && (iu.counts[i] as number) >= minCount) tail.push(i);
  const T = tail.length;
  const w = new Float32Array(n * T);
  const c = new Float64Array(n);
  const nz: number[] = [];
  const bj = new Float64Array(n);
  tail.forEach((j, t) => {
    nz.length = 0;
    for (let p = iu.offsets[j] as number; p < (iu.offsets[j + 1] as number); p++) {
      const u = iu.users[p] as number;
      const row = train[u] as Int32Array;
      const ws = weights?.[u];
      const wj = ws ? (ws[row.indexOf(j)] as number) : 1;
      for (let q = 0; q < row.length; q++) {
        const a = model.colOf[row[q] as number] as number;
        if (a < 0) continue;
        if (c[a] === 0) nz.push(a);
        c[a] = (c[a] as number) + wj * (ws ? (ws[q] as number) : 1);
      }
    }
    bj.fill(0);
    for (const b of nz) {
      // row b of P, rebuilt from B and diag(P); P is symmetric so row b = column b.
      const cb = c[b] as number;
      const rb = b * n;
      for (let a = 0; a < n; a++) bj[a] = (bj[a] as number) - cb * (model.b[rb + a] as number) * (model.diag[a] as number);
      bj[b] = (bj[b] as number) + cb * (model.diag[b] as number);
      c[b] = 0;
    }
    for (let a = 0; a < n; a++) w[a * T + t] = bj[a] as number;
  });
  return { items: Int32Array.from(tail), w };
}

/** EASE on its columns plus the tail regression on the tail items. */
export function easeWithTailScorer(
  model: EaseModel,
  tail: EaseTail,
  train: readonly Int32Array[],
  base: Scorer,
  name = 'ease+tail',
  weights?: readonly ArrayLike<number>[],
): Scorer {
  const T = tail.items.length;
  const acc = new Float64Array(T);
  return {
    name,
    scoreUser(user, out) {
      base.scoreUser(user, out);
      acc.fill(0);
      const items = train[user] as Int32Array;
      for (let q = 0; q < items.length; q++) {
        const a = model.colOf[items[q] as number] as number;
        if (a < 0) continue;
        const ra = a * T;
        const w = weights ? ((weights[user] as ArrayLike<number>)[q] as number) : 1;
        for (let t = 0; t < T; t++) acc[t] = (acc[t] as number) + w * (tail.w[ra + t] as number);
      }
      for (let t = 0; t < T; t++) out[tail.items[t] as number] = acc[t] as number;
    },
  };
}
