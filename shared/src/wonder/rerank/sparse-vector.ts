/** A sparse feature vector (sorted indices) scaled to unit length, so a dot product is a cosine. */
export interface SparseVector {
  idx: Int32Array;
  val: Float64Array;
}

export function unitVector(weights: ReadonlyMap<number, number>): SparseVector {
  const entries = [...weights].filter(([, w]) => w > 0).sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0));
  return {
    idx: Int32Array.from(entries.map(([i]) => i)),
    val: Float64Array.from(entries.map(([, w]) => (norm > 0 ? w / norm : 0))),
  };
}

export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.idx.length && j < b.idx.length) {
    const x = a.idx[i] as number;
    const y = b.idx[j] as number;
    if (x === y) s += (a.val[i++] as number) * (b.val[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return s;
}
