import { itemKnnScorer, itemNeighbours } from '@verwonder/shared/eval/baselines/item-knn.ts';
import type { RatingDataset } from '@verwonder/shared/eval/data/rating-dataset.ts';
import { itemUsers } from '@verwonder/shared/eval/interactions.ts';
import { isUnexpected, topGenres } from '@verwonder/shared/eval/metrics/surprise.ts';
import { topK } from '@verwonder/shared/eval/scorer.ts';
import { randomSplit, type Split } from '@verwonder/shared/eval/split.ts';
import { wonderLists } from '@verwonder/shared/eval/wonder-eval.ts';
import { DIAL_PRESETS } from '@verwonder/shared/wonder/rerank/dial.ts';

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
 * ranks for them with the product's re-ranker over item-kNN relevance.
 */
export function seasonPeople(ds: RatingDataset, count: number, listLength: number, seed: number): SeasonPerson[] {
  const split = randomSplit(ds, seed, 0.3, 1);
  const liked = randomSplit(ds, seed, 0.3, 4).relevant;
  const users = split.train.map((_, u) => u).filter((u) => (split.relevant[u]?.length ?? 0) > 0 && (split.train[u]?.length ?? 0) >= 3);
  const chosen = users.slice(0, count);
  const iu = itemUsers(split.train, ds.itemCount);
  const full = itemKnnScorer(split.train, itemNeighbours(split.train, iu, 100));
  const sub: Split = {
    userCount: chosen.length,
    itemCount: split.itemCount,
    train: chosen.map((u) => split.train[u]!),
    relevant: chosen.map((u) => split.relevant[u]!),
    trainRatings: chosen.map((u) => split.trainRatings[u]!),
  };
  const relevance = { name: 'itemknn', scoreUser: (u: number, out: Float64Array) => full.scoreUser(chosen[u]!, out) };
  const lists = wonderLists(ds, sub, relevance, iu.counts, DIAL_PRESETS.default, seed, listLength);
  const popularity = Float64Array.from(iu.counts);
  return chosen.map((user, index) => {
    const top = topGenres(split.train[user]!, ds.itemGenres, 3);
    return {
      user,
      wonder: lists[index]!,
      popular: topK(popularity, listLength, split.train[user]),
      liked: new Set(liked[user]),
      seen: new Set(split.relevant[user]),
      surprising: (item: number) => (ds.itemGenres[item]?.length ?? 0) > 0 && isUnexpected(ds.itemGenres[item]!, top),
    };
  });
}
