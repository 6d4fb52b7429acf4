import type { ItemUsers } from '../interactions.ts';
import type { Scorer } from '../scorer.ts';

export interface ItemNeighbours {
  /** Per item its neighbours (by cosine on co-occurrence) and their similarities, best first. */
  ids: Int32Array[];
  sims: Float32Array[];
}

/** Cosine item-item neighbours over the binary training matrix, top `k` per item. */
export function itemNeighbours(
  train: readonly Int32Array[],
  iu: ItemUsers,
  k: number,
): ItemNeighbours {
  const n = iu.counts.length;
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  const ids: Int32Array[] = [];
  const sims: Float32Array[] = [];
  for (let i = 0; i < n; i++) {
    let nt = 0;
    for (let p = iu.offsets[i] as number; p < (iu.offsets[i + 1] as number); p++) {
      const row = train[iu.users[p] as number] as Int32Array;
      for (let t = 0; t < row.length; t++) {
        const j = row[t] as number;
        if (j === i) continue;
        if (acc[j] === 0) touched[nt++] = j;
        acc[j] = (acc[j] as number) + 1;
      }
    }
    const cand: [number, number][] = [];
    for (let t = 0; t < nt; t++) {
      const j = touched[t] as number;
      cand.push([
        j,
        (acc[j] as number) / Math.sqrt((iu.counts[i] as number) * (iu.counts[j] as number)),
      ]);
      acc[j] = 0;
    }
    cand.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const top = cand.slice(0, k);
    ids.push(Int32Array.from(top.map((c) => c[0])));
    sims.push(Float32Array.from(top.map((c) => c[1])));
  }
  return { ids, sims };
}

/** ItemKNN: score(j) = sum of sim(i, j) over the user's items i that have j among their neighbours. */
export function itemKnnScorer(train: readonly Int32Array[], nb: ItemNeighbours): Scorer {
  return {
    name: 'itemknn',
    scoreUser(user, out) {
      out.fill(0);
      const row = train[user] as Int32Array;
      for (let t = 0; t < row.length; t++) {
        const i = row[t] as number;
        const ids = nb.ids[i] as Int32Array;
        const sims = nb.sims[i] as Float32Array;
        for (let q = 0; q < ids.length; q++)
          out[ids[q] as number] = (out[ids[q] as number] as number) + (sims[q] as number);
      }
    },
  };
}
