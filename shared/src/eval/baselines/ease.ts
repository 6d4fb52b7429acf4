import type { Scorer } from '../scorer.ts';
import { invertSpd } from '../linalg/spd-inverse.ts';

/**
 * EASE (Steck 2019): B = I - P diag(1/diag P), P = (X^T X + lambda I)^-1, zero diagonal. The Gram
 * matrix is restricted to the `cols` items (the ones with enough training interactions) so that the
 * inverse fits a laptop in plain JS; other items score 0 and can still be recommended by nobody.
 */
export interface EaseModel {
  cols: Int32Array;
  /** item index -> column, or -1. */
  colOf: Int32Array;
  /** n x n weights, row-major, B[i][j] = weight of known item i for item j. */
  b: Float64Array;
  /** diag(P), so that P can be read back from B (P_ij = -B_ij * diag_j off the diagonal). */
  diag: Float64Array;
  lambda: number;
}

/** item index -> position in `cols`, or -1. */
export function columnIndex(cols: Int32Array, itemCount: number): Int32Array {
  const colOf = new Int32Array(itemCount).fill(-1);
  cols.forEach((item, c) => (colOf[item] = c));
  return colOf;
}

/** X^T X restricted to `cols`. */
export function gramMatrix(
  train: readonly Int32Array[],
  colOf: Int32Array,
  n: number,
  weights?: readonly ArrayLike<number>[],
): Float64Array {
  const g = new Float64Array(n * n);
  const cs: number[] = [];
  const ws: number[] = [];
  train.forEach((row, u) => {
    cs.length = 0;
    ws.length = 0;
    for (let t = 0; t < row.length; t++) {
      const c = colOf[row[t] as number] as number;
      if (c < 0) continue;
      cs.push(c);
      ws.push(weights ? ((weights[u] as ArrayLike<number>)[t] as number) : 1);
    }
    for (let x = 0; x < cs.length; x++) {
      const ra = (cs[x] as number) * n;
      const wa = ws[x] as number;
      for (let y = 0; y < cs.length; y++)
        g[ra + (cs[y] as number)] = (g[ra + (cs[y] as number)] as number) + wa * (ws[y] as number);
    }
  });
  return g;
}

/** Items ranked by training count, at most `maxItems` with at least `minCount` interactions. */
export function frequentItems(counts: Int32Array, maxItems: number, minCount = 1): Int32Array {
  const order = Array.from(counts.keys())
    .filter((i) => (counts[i] as number) >= minCount)
    .sort((a, b) => (counts[b] as number) - (counts[a] as number) || a - b);
  return Int32Array.from(order.slice(0, maxItems)).sort();
}

/**
 * `dropout` > 0 gives EDLAE (Steck 2020, emphasised denoising): the regulariser of item i grows
 * with its popularity, lambda + p / (1 - p) * G_ii, which keeps popular items from dominating.
 */
export function trainEase(
  gram: Float64Array,
  cols: Int32Array,
  itemCount: number,
  lambda: number,
  dropout = 0,
): EaseModel {
  const n = cols.length;
  const a = Float64Array.from(gram);
  const boost = dropout / (1 - dropout);
  for (let i = 0; i < n; i++) a[i * n + i] = (a[i * n + i] as number) * (1 + boost) + lambda;
  const p = invertSpd(a, n);
  const diag = new Float64Array(n);
  for (let j = 0; j < n; j++) diag[j] = p[j * n + j] as number;
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    for (let j = 0; j < n; j++)
      p[ri + j] = i === j ? 0 : -(p[ri + j] as number) / (diag[j] as number);
  }
  return { cols, colOf: columnIndex(cols, itemCount), b: p, diag, lambda };
}

export function easeScorer(
  model: EaseModel,
  train: readonly Int32Array[],
  name = 'ease',
  weights?: readonly ArrayLike<number>[],
): Scorer {
  const n = model.cols.length;
  const row = new Float64Array(n);
  return {
    name,
    scoreUser(user, out) {
      out.fill(0);
      row.fill(0);
      const items = train[user] as Int32Array;
      for (let t = 0; t < items.length; t++) {
        const c = model.colOf[items[t] as number] as number;
        if (c < 0) continue;
        const rc = c * n;
        const w = weights ? ((weights[user] as ArrayLike<number>)[t] as number) : 1;
        for (let j = 0; j < n; j++) row[j] = (row[j] as number) + w * (model.b[rc + j] as number);
      }
      for (let j = 0; j < n; j++) out[model.cols[j] as number] = row[j] as number;
    },
  };
}
