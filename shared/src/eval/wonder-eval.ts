import type { RatingDataset } from './data/rating-dataset.ts';
import { isUnexpected, topGenres } from './metrics/surprise.ts';
import { createRng } from '../wonder/rerank/rng.ts';
import { topK, type Scorer } from './scorer.ts';
import type { Split } from './split.ts';
import { unitVector, type SparseVector } from '../wonder/rerank/sparse-vector.ts';
import type { WonderKnobs } from '../wonder/rerank/dial.ts';
import { wonderRerank, type WonderCandidate } from '../wonder/rerank/wonder-rerank.ts';

/**
 * The relevance of a typical person's best candidate: the median over (up to `sample`) users spread
 * evenly over the split. Dividing by it puts every person's scores on one scale, so that a person
 * with weak, flat scores trades relevance for diversity more readily than one with sure hits.
 */
export function typicalBestScore(relevance: Scorer, split: Split, sample = 400): number {
  const scores = new Float64Array(split.itemCount);
  const step = Math.max(1, Math.floor(split.userCount / sample));
  const bests: number[] = [];
  for (let u = 0; u < split.userCount; u += step) {
    relevance.scoreUser(u, scores);
    const top = topK(scores, 1, split.train[u]);
    if (top.length > 0) bests.push(scores[top[0] as number] as number);
  }
  bests.sort((a, b) => a - b);
  const median = bests[bests.length >> 1] ?? 1;
  return median > 0 ? median : 1;
}

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
  const features: SparseVector[] = ds.itemGenres.map((g) =>
    unitVector(new Map(Array.from(g, (x) => [x, 1]))),
  );
  const novelty = Float64Array.from(
    itemCounts,
    (c) => -Math.log2(Math.max(1, c) / split.userCount),
  );
  const exposure = new Float64Array(ds.itemCount);
  const scores = new Float64Array(ds.itemCount);
  const scale = typicalBestScore(relevance, split);
  return split.train.map((train, u) => {
    relevance.scoreUser(u, scores);
    const pool = topK(scores, poolSize, train);
    const top = topGenres(train, ds.itemGenres, 3);
    const cands: WonderCandidate[] = Array.from(pool, (i) => ({
      relevance: (scores[i] as number) / scale,
      features: features[i] as SparseVector,
      novelty: novelty[i] as number,
      surprising:
        (ds.itemGenres[i] as Int32Array).length > 0 &&
        isUnexpected(ds.itemGenres[i] as Int32Array, top),
      exposure: exposure[i] as number,
    }));
    const picks = wonderRerank(cands, {
      k,
      dial,
      rng: createRng(seed * 7919 + u),
      poolSize,
      ...(knobs ? { knobs } : {}),
    });
    const list = Int32Array.from(picks, (p) => pool[p.index] as number);
    for (const i of list) exposure[i] = (exposure[i] as number) + 1;
    return list;
  });
}
