import type { RatingDataset } from './data/rating-dataset.ts';
import { isUnexpected, topGenres } from './metrics/surprise.ts';
import { createRng } from './rng.ts';
import { topK, type Scorer } from './scorer.ts';
import type { Split } from './split.ts';
import { unitVector, type SparseVector } from '../wonder/rerank/sparse-vector.ts';
import type { WonderKnobs } from '../wonder/rerank/dial.ts';
import { wonderRerank, type WonderCandidate } from '../wonder/rerank/wonder-rerank.ts';

/**
 * Runs the product's re-ranker (`wonderRerank`, the same code `suggest` uses) over a relevance
 * scorer for every user of a split. Exposure is counted across users in user order, as the vault
 * would count what it has shown.
 */
export function wonderLists(
  ds: RatingDataset,
  split: Split,
  relevance: Scorer,
  itemCounts: Int32Array,
  dial: number,
  seed: number,
  k = 10,
  poolSize = 300,
  knobs?: Partial<WonderKnobs>,
): Int32Array[] {
  const features: SparseVector[] = ds.itemGenres.map((g) => unitVector(new Map(Array.from(g, (x) => [x, 1]))));
  const novelty = Float64Array.from(itemCounts, (c) => -Math.log2(Math.max(1, c) / split.userCount));
  const exposure = new Float64Array(ds.itemCount);
  const scores = new Float64Array(ds.itemCount);
  return split.train.map((train, u) => {
    relevance.scoreUser(u, scores);
    const pool = topK(scores, poolSize, train);
    const top = topGenres(train, ds.itemGenres, 3);
    const best = Math.max(1e-12, scores[pool[0] ?? 0] as number);
    const cands: WonderCandidate[] = Array.from(pool, (i) => ({
      relevance: (scores[i] as number) / best,
      features: features[i] as SparseVector,
      novelty: novelty[i] as number,
      surprising: (ds.itemGenres[i] as Int32Array).length > 0 && isUnexpected(ds.itemGenres[i] as Int32Array, top),
      exposure: exposure[i] as number,
    }));
    const picks = wonderRerank(cands, { k, dial, rng: createRng(seed * 7919 + u), ...(knobs ? { knobs } : {}) });
    const list = Int32Array.from(picks, (p) => pool[p.index] as number);
    for (const i of list) exposure[i] = (exposure[i] as number) + 1;
    return list;
  });
}
