import { catalogData } from '@verwonder/shared/catalog-data';
import type { RatingDataset } from '@verwonder/shared/eval/data/rating-dataset.ts';
import { itemUsers } from '@verwonder/shared/eval/interactions.ts';
import { isUnexpected, topGenres } from '@verwonder/shared/eval/metrics/surprise.ts';
import { topK } from '@verwonder/shared/eval/scorer.ts';
import { randomSplit, type Split } from '@verwonder/shared/eval/split.ts';
import { datasetCandidates } from '@verwonder/shared/eval/product/dataset-catalogue.ts';
import {
  PRODUCT_ITEM_MODEL,
  trainEaseItemModel,
} from '@verwonder/shared/eval/product/ease-item-model.ts';
import { productLists } from '@verwonder/shared/eval/product/product-lists.ts';
import { parseItemModel } from '@verwonder/shared/wonder/model/item-model.ts';

/** One synthetic person: the wonder list the real re-ranker gives them, the page's popular list, and what they held out. */
export interface SeasonPerson {
  user: number;
  wonder: Int32Array;
  popular: Int32Array;
  /** Held-out items they rated 4 or 5: what they would really go for. */
  liked: ReadonlySet<number>;
  /** Held-out items they rated at all. */
  seen: ReadonlySet<number>;
  /** Whether a wonder pick lies outside their usual genres. */
  surprising: (item: number) => boolean;
}

/**
 * Draws `count` people from the goodbooks users (those with a held-out part), splits each history in
 * a training part (what their pod knows) and a held-out part (what models whether they act), and
 * ranks for them with the product's own ranking call (suggest with productRankOptions) and a
 * collaborative model trained on the season people's training parts only, never on what they hold out.
 */
export function seasonPeople(
  ds: RatingDataset,
  count: number,
  listLength: number,
  seed: number,
): SeasonPerson[] {
  const split = randomSplit(ds, seed, 0.3, 1);
  const liked = randomSplit(ds, seed, 0.3, 4).relevant;
  const users = split.train
    .map((_, u) => u)
    .filter((u) => (split.relevant[u]?.length ?? 0) > 0 && (split.train[u]?.length ?? 0) >= 3);
  const chosen = users.slice(0, count);
  const iu = itemUsers(split.train, ds.itemCount);
  const sub: Split = {
    userCount: chosen.length,
    itemCount: split.itemCount,
    train: chosen.map((u) => split.train[u]!),
    relevant: chosen.map((u) => split.relevant[u]!),
    trainRatings: chosen.map((u) => split.trainRatings[u]!),
  };
  const model = trainEaseItemModel({
    ...PRODUCT_ITEM_MODEL,
    train: sub.train,
    ratings: sub.trainRatings,
    itemIds: ds.itemIds,
    source: `goodbooks season people's training parts, seed ${seed}`,
    provenance: {
      ratings: 'goodbooks, season people, training parts',
      interactions: sub.train.reduce((total, items) => total + items.length, 0),
      users: sub.userCount,
      method: 'rating-weighted EASE (dual), top neighbours',
    },
  });
  const catalogue = catalogData();
  const items = catalogue.itemsById();
  const lists = productLists({
    split: sub,
    candidates: datasetCandidates(ds, iu.counts, (id) => items.get(id)),
    itemModel: parseItemModel(model),
    bridge: catalogue.bridge(),
    k: listLength,
    users: chosen.map((_, index) => index),
  });
  const popularity = Float64Array.from(iu.counts);
  return chosen.map((user, index) => {
    const top = topGenres(split.train[user]!, ds.itemGenres, 3);
    return {
      user,
      wonder: lists[index]!,
      popular: topK(popularity, listLength, split.train[user]),
      liked: new Set(liked[user]),
      seen: new Set(split.relevant[user]),
      surprising: (item: number) =>
        (ds.itemGenres[item]?.length ?? 0) > 0 && isUnexpected(ds.itemGenres[item]!, top),
    };
  });
}
