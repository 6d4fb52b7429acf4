import type { ItemModelFile } from '../../wonder/model/item-model.ts';
import { trainDualEase, dualEaseRow } from '../baselines/ease-dual.ts';
import { itemUsers } from '../interactions.ts';
import { topK } from '../scorer.ts';
import { LOW_RATING_WEIGHT, ratingWeight } from '../../wonder/dna/rating-weight.ts';

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
  /** Which links are kept (see easeNeighbourLinks). */
  links: NeighbourLinkMode;
  source: string;
  provenance: NonNullable<ItemModelFile['provenance']>;
}

export type NeighbourLinkMode = 'row' | 'column' | 'both';

/** Per item (dense index) its kept neighbours (dense indices) and their EASE weights, strongest first. */
export type NeighbourLinks = { ids: number[]; sims: number[] }[];

/**
 * The strongest positive EASE weights B_ij of rating-weighted EASE over the whole catalogue (its
 * dual form). `row`: each item i keeps its `neighbours` largest B_ij. `column`: each item j keeps
 * the `neighbours` items i with the largest B_ij, its strongest in-links, so an item of the tail
 * is reached from the items that predict it best even where popular items outweigh it in every row
 * (B_ij = S_ij / P_jj grows with j's popularity). `both`: the union.
 */
export function easeNeighbourLinks(t: ItemModelTraining): NeighbourLinks {
  const mode = t.links;
  const itemCount = t.itemIds.length;
  const weights = t.ratings.map((rs) =>
    Float32Array.from(rs as ArrayLike<number>, (r) => ratingWeight(r, t.lowRatingWeight)),
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
  const links: Map<number, number>[] = Array.from({ length: itemCount }, () => new Map());
  for (let i = 0; i < itemCount; i++) {
    const from = iu.offsets[i] as number;
    const to = iu.offsets[i + 1] as number;
    if (to === from) continue;
    dualEaseRow(model, iu.users.subarray(from, to), values.subarray(from, to), i, row);
    if (mode !== 'column')
      for (const j of topK(row, t.neighbours, [i]))
        if ((row[j] as number) > 0) links[i]?.set(j, row[j] as number);
    if (mode !== 'row') {
      // S is symmetric: row i of S scaled by P_ii^-1 is column i of B, B_ji = S_ij / P_ii.
      for (let j = 0; j < itemCount; j++)
        row[j] = ((row[j] as number) * (model.diag[j] as number)) / (model.diag[i] as number);
      for (const j of topK(row, t.neighbours, [i]))
        if ((row[j] as number) > 0) links[j]?.set(i, row[j] as number);
    }
  }
  return links.map((m) => {
    const sorted = [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return { ids: sorted.map(([j]) => j), sims: sorted.map(([, w]) => w) };
  });
}

/**
 * The product's collaborative model: the links of `easeNeighbourLinks`, quantised to a byte
 * against the largest weight kept. `suggest` sums them over what the person has: a sparse EASE.
 * The evaluation trains it on the training split only; `npm run train:item-model` on all public ratings.
 */
export function trainEaseItemModel(t: ItemModelTraining): ItemModelFile {
  const kept = easeNeighbourLinks(t);
  let max = 0;
  for (const { sims } of kept) for (const s of sims) max = Math.max(max, s);
  const lists = kept.map(({ ids, sims }) => {
    const q = sims.map((s) => Math.round((s / max) * 255));
    const n = q.filter((x) => x > 0).length;
    return { ids: ids.slice(0, n), q: q.slice(0, n) };
  });
  // Every item that is someone's neighbour has an entry, if need be an empty list (an item may be
  // predicted by others without being among any item's strongest in-links itself).
  const listed = new Uint8Array(lists.length);
  for (const { ids } of lists) for (const j of ids) listed[j] = 1;
  const items: ItemModelFile['items'] = {};
  lists.forEach(({ ids, q }, i) => {
    if (ids.length === 0 && !listed[i]) return;
    items[String(t.itemIds[i])] = [ids.map((j) => t.itemIds[j] as number), q];
  });
  return {
    version: 1,
    source: t.source,
    neighboursPerItem: t.neighbours,
    items,
    provenance: t.provenance,
  };
}

/**
 * How the product's model is trained, chosen on the goodbooks validation split of tuning seed 1
 * (`npm run tune:wonder`): lambda, the weight of ratings below 4, and which links are kept. Each
 * item's 30 strongest in-links ("column") beat its 50 strongest out-links ("row": NDCG 0.914x
 * against 0.959x the full EASE without re-ranking, coverage 0.83x against 1.03x), 50 and 100 in-links
 * and the union of both; a byte per weight costs nothing measurable against exact weights.
 */
export const PRODUCT_ITEM_MODEL = {
  lambda: 100,
  neighbours: 30,
  lowRatingWeight: LOW_RATING_WEIGHT,
  links: 'column',
} as const satisfies Partial<ItemModelTraining>;
