import { dualEaseRow, type DualEase } from '../baselines/ease-dual.ts';
import { itemUsers } from '../interactions.ts';
import type { NeighbourLinks } from '../product/ease-item-model.ts';
import { topK } from '../scorer.ts';

/**
 * Each item's `k` in-links with the largest |B_ji|, negative ones included, by source item:
 * links[j] = the items j predicts and B_ji. The product keeps positive links only
 * (easeNeighbourLinks); this variant measures what the negative ones are worth. With k = all
 * items the sums over a person's items are the exact EASE scores.
 */
export function signedInLinks(model: DualEase, k: number): NeighbourLinks {
  const { itemCount, train, weights } = model;
  const iu = itemUsers(train, itemCount);
  const values = new Float64Array(iu.users.length);
  for (let i = 0; i < itemCount; i++)
    for (let p = iu.offsets[i] as number; p < (iu.offsets[i + 1] as number); p++) {
      const u = iu.users[p] as number;
      const t = (train[u] as Int32Array).indexOf(i);
      values[p] = weights ? ((weights[u] as ArrayLike<number>)[t] as number) : 1;
    }
  const row = new Float64Array(itemCount);
  const abs = new Float64Array(itemCount);
  const links: NeighbourLinks = Array.from({ length: itemCount }, () => ({ ids: [], sims: [] }));
  for (let i = 0; i < itemCount; i++) {
    const from = iu.offsets[i] as number;
    const to = iu.offsets[i + 1] as number;
    if (to === from) continue;
    dualEaseRow(model, iu.users.subarray(from, to), values.subarray(from, to), i, row);
    // S is symmetric: row i of S scaled by P_ii^-1 is column i of B, B_ji = S_ij / P_ii.
    for (let j = 0; j < itemCount; j++) {
      row[j] = ((row[j] as number) * (model.diag[j] as number)) / (model.diag[i] as number);
      abs[j] = Math.abs(row[j] as number);
    }
    for (const j of topK(abs, k, [i])) {
      if ((abs[j] as number) === 0) continue;
      links[j]?.ids.push(i);
      links[j]?.sims.push(row[j] as number);
    }
  }
  return links;
}
