import type { ItemModelFile } from '../../wonder/model/item-model.ts';
import { trainDualEase, dualEaseRow } from '../baselines/ease-dual.ts';
import { itemUsers } from '../interactions.ts';
import { topK } from '../scorer.ts';

export interface ItemModelTraining {
  /** Per user the items they rated (sorted) and their ratings, aligned. */
  train: readonly Int32Array[];
  ratings: readonly ArrayLike<number>[];
  /** External id (book_id) per dense item index. */
  itemIds: readonly number[];
  lambda: number;
  neighbours: number;
  /** Weight of a rating below 4 (a liked item weighs 1), as in the relevance model. */
  lowRatingWeight: number;
  source: string;
  provenance: NonNullable<ItemModelFile['provenance']>;
}

/**
 * The product's collaborative model: rating-weighted EASE over the whole catalogue (its dual form),
 * each item's `neighbours` largest positive weights B_ij, quantised to a byte against the largest
 * weight kept. `suggest` sums them over what the person has: a sparse EASE. The evaluation trains
 * it on the training split only; `npm run train:item-model` on all public ratings.
 */
export function trainEaseItemModel(t: ItemModelTraining): ItemModelFile {
  const itemCount = t.itemIds.length;
  const weights = t.ratings.map((rs) =>
    Float32Array.from(rs as ArrayLike<number>, (r) => (r >= 4 ? 1 : t.lowRatingWeight)),
  );
  const model = trainDualEase(t.train, itemCount, t.lambda, weights);
  const iu = itemUsers(t.train, itemCount);
  const values = new Float64Array(iu.users.length);
  for (let i = 0; i < itemCount; i++)
    for (let p = iu.offsets[i] as number; p < (iu.offsets[i + 1] as number); p++) {
      const u = iu.users[p] as number;
      values[p] = (weights[u] as Float32Array)[(t.train[u] as Int32Array).indexOf(i)] as number;
    }
  const row = new Float64Array(itemCount);
  const kept: { i: number; ids: Int32Array; sims: number[] }[] = [];
  let max = 0;
  for (let i = 0; i < itemCount; i++) {
    const from = iu.offsets[i] as number;
    const to = iu.offsets[i + 1] as number;
    if (to === from) continue;
    dualEaseRow(model, iu.users.subarray(from, to), values.subarray(from, to), i, row);
    const top = topK(row, t.neighbours, [i]);
    const ids = top.filter((j) => (row[j] as number) > 0);
    const sims = Array.from(ids, (j) => row[j] as number);
    for (const s of sims) max = Math.max(max, s);
    kept.push({ i, ids, sims });
  }
  const items: ItemModelFile['items'] = {};
  for (const { i, ids, sims } of kept) {
    const q = sims.map((s) => Math.round((s / max) * 255));
    const n = q.filter((x) => x > 0).length;
    if (n === 0) continue;
    items[String(t.itemIds[i])] = [
      Array.from(ids.subarray(0, n), (j) => t.itemIds[j] as number),
      q.slice(0, n),
    ];
  }
  return {
    version: 1,
    source: t.source,
    neighboursPerItem: t.neighbours,
    items,
    provenance: t.provenance,
  };
}

/**
 * How the product's model is trained, chosen on goodbooks validation splits of the tuning seeds:
 * lambda, neighbours kept per item, and the weight of ratings below 4.
 */
export const PRODUCT_ITEM_MODEL = { lambda: 100, neighbours: 50, lowRatingWeight: 0.5 } as const;
