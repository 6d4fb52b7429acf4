/**
 * Inverse of a symmetric positive definite matrix (row-major Float64Array, n x n) through Cholesky,
 * L^-1 and then L^-T L^-1. Every inner loop walks contiguous rows, which is what makes the
 * n^3/2 multiply-adds affordable in plain JS for a few thousand items. The input is overwritten.
 */
export function invertSpd(a: Float64Array, n: number): Float64Array {
  // Cholesky-Banachiewicz: lower triangle of `a` becomes L.
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    for (let j = 0; j <= i; j++) {
      const rj = j * n;
      let s = a[ri + j] as number;
      for (let k = 0; k < j; k++) s -= (a[ri + k] as number) * (a[rj + k] as number);
      if (i === j) {
        if (!(s > 0)) throw new Error(`matrix is not positive definite at row ${i}`);
        a[ri + i] = Math.sqrt(s);
      } else a[ri + j] = s / (a[rj + j] as number);
    }
  }
  // M = L^-1, row by row: row_i = (e_i - sum_{k<i} L_ik row_k) / L_ii.
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    for (let k = 0; k < i; k++) {
      const lik = a[ri + k] as number;
      if (lik === 0) continue;
      const rk = k * n;
      for (let c = 0; c <= k; c++) m[ri + c] = (m[ri + c] as number) - lik * (m[rk + c] as number);
    }
    m[ri + i] = 1;
    const d = 1 / (a[ri + i] as number);
    for (let c = 0; c <= i; c++) m[ri + c] = (m[ri + c] as number) * d;
  }
  // W = M^T (upper), then P_ij = sum_{k >= max(i,j)} W_ik W_jk; reuse `a` for W.
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) a[i * n + j] = j >= i ? (m[j * n + i] as number) : 0;
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    for (let j = i; j < n; j++) {
      const rj = j * n;
      let s = 0;
      for (let k = j; k < n; k++) s += (a[ri + k] as number) * (a[rj + k] as number);
      m[ri + j] = s;
      m[rj + i] = s;
    }
  }
  return m;
}
