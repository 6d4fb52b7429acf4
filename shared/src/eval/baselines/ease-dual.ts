import { invertSpd } from '../linalg/spd-inverse.ts';
import type { Scorer } from '../scorer.ts';

/**
 * EASE (Steck 2019) over the whole catalogue, exactly, through its dual form. With X the (weighted)
 * user-item matrix and K = (X X^T + lambda I)^-1, the Woodbury identity gives
 * P = (X^T X + lambda I)^-1 = (I - X^T K X) / lambda, hence for a user's own row x_u:
 * x_u P = (K X)_u, diag(P)_j = (1 - x_j^T K x_j) / lambda, and the EASE scores
 * x_u B = x_u - (K X)_u diag(P)^-1. Only a users x users matrix is inverted (1,192 for goodbooks,
 * 610 for MovieLens) instead of items x items (9,229 / 9,724), so no item is left out.
 */
export interface DualEase {
  userCount: number;
  itemCount: number;
  lambda: number;
  /** K X, users x items, row-major. */
  kx: Float64Array;
  /** diag(P) per item. */
  diag: Float64Array;
  train: readonly Int32Array[];
  weights: readonly ArrayLike<number>[] | undefined;
}

const weightOf = (weights: readonly ArrayLike<number>[] | undefined, u: number, t: number) =>
  weights ? ((weights[u] as ArrayLike<number>)[t] as number) : 1;

export function trainDualEase(
  train: readonly Int32Array[],
  itemCount: number,
  lambda: number,
  weights?: readonly ArrayLike<number>[],
): DualEase {
  const U = train.length;
  // Dense rows of X, one at a time, for the user Gram matrix G = X X^T.
  const g = new Float64Array(U * U);
  const dense = new Float64Array(itemCount);
  for (let u = 0; u < U; u++) {
    const row = train[u] as Int32Array;
    for (let t = 0; t < row.length; t++) dense[row[t] as number] = weightOf(weights, u, t);
    for (let v = 0; v <= u; v++) {
      const other = train[v] as Int32Array;
      let s = 0;
      for (let t = 0; t < other.length; t++)
        s += (dense[other[t] as number] as number) * weightOf(weights, v, t);
      g[u * U + v] = s;
      g[v * U + u] = s;
    }
    for (let t = 0; t < row.length; t++) dense[row[t] as number] = 0;
  }
  for (let u = 0; u < U; u++) g[u * U + u] = (g[u * U + u] as number) + lambda;
  const k = invertSpd(g, U);
  // K X, row by row: row u = sum_v K_uv x_v.
  const kx = new Float64Array(U * itemCount);
  for (let u = 0; u < U; u++) {
    const ru = u * itemCount;
    for (let v = 0; v < U; v++) {
      const kuv = k[u * U + v] as number;
      const other = train[v] as Int32Array;
      for (let t = 0; t < other.length; t++) {
        const j = ru + (other[t] as number);
        kx[j] = (kx[j] as number) + kuv * weightOf(weights, v, t);
      }
    }
  }
  const quad = new Float64Array(itemCount);
  for (let u = 0; u < U; u++) {
    const row = train[u] as Int32Array;
    for (let t = 0; t < row.length; t++) {
      const j = row[t] as number;
      quad[j] = (quad[j] as number) + weightOf(weights, u, t) * (kx[u * itemCount + j] as number);
    }
  }
  const diag = Float64Array.from(quad, (q) => (1 - q) / lambda);
  return { userCount: U, itemCount, lambda, kx, diag, train, weights };
}

/** EASE scores of the training users (their own rows of X; seen items are left for topK to skip). */
export function dualEaseScorer(model: DualEase, name = 'ease-full'): Scorer {
  const { itemCount, kx, diag } = model;
  return {
    name,
    scoreUser(user, out) {
      const ru = user * itemCount;
      for (let j = 0; j < itemCount; j++) out[j] = -(kx[ru + j] as number) / (diag[j] as number);
      const row = model.train[user] as Int32Array;
      for (let t = 0; t < row.length; t++) {
        const j = row[t] as number;
        out[j] = (out[j] as number) + weightOf(model.weights, user, t);
      }
    },
  };
}

/**
 * Row i of B (the weight of having item i for every other item j), B_ij = -P_ij / P_jj with
 * P_ij = -(x_i^T K x_j) / lambda off the diagonal: the collaborative model the product ships.
 */
export function dualEaseRow(
  model: DualEase,
  usersOfItem: ArrayLike<number>,
  valuesOfItem: ArrayLike<number>,
  i: number,
  out: Float64Array,
): void {
  const { itemCount, kx, diag, lambda } = model;
  out.fill(0);
  for (let p = 0; p < usersOfItem.length; p++) {
    const ru = (usersOfItem[p] as number) * itemCount;
    const w = valuesOfItem[p] as number;
    for (let j = 0; j < itemCount; j++) out[j] = (out[j] as number) + w * (kx[ru + j] as number);
  }
  for (let j = 0; j < itemCount; j++) out[j] = (out[j] as number) / lambda / (diag[j] as number);
  out[i] = 0;
}
