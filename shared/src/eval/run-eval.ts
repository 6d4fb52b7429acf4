import { join } from 'node:path';
import { easeScorer, frequentItems, gramMatrix, columnIndex, trainEase, type EaseModel } from './baselines/ease.ts';
import { easeWithTailScorer, trainEaseTail } from './baselines/ease-tail.ts';
import { itemKnnScorer, itemNeighbours } from './baselines/item-knn.ts';
import { popularityScorer } from './baselines/popularity.ts';
import { loadGoodbooks } from './data/load-goodbooks.ts';
import { loadMovielens } from './data/load-movielens.ts';
import type { RatingDataset } from './data/rating-dataset.ts';
import { createEvalContext, evaluateLists, type MetricRow } from './evaluate.ts';
import { itemUsers } from './interactions.ts';
import { mmrRerank } from './rerank-mmr.ts';
import { topK, type Scorer } from './scorer.ts';
import { randomSplit, temporalSplit, type Split } from './split.ts';
import { wonderLists } from './wonder-eval.ts';
import { DIAL_PRESETS } from '../wonder/rerank/dial.ts';

export const DATASETS = {
  goodbooks: { folder: 'goodbooks-sample', load: loadGoodbooks, split: (ds: RatingDataset, seed: number) => randomSplit(ds, seed) },
  movielens: { folder: 'ml-latest-small', load: loadMovielens, split: (ds: RatingDataset) => temporalSplit(ds) },
} as const;
export type DatasetName = keyof typeof DATASETS;

/** The issue's targets for the default dial, as ratios to EASE. */
export const TARGETS: Record<DatasetName, Record<string, number>> = {
  goodbooks: { ndcg: 0.95, ild: 1.2, coverage: 1.6, surprise: 1.5, serendipity: 1.0 },
  movielens: { ndcg: 0.9, ild: 1.05, coverage: 1.6, surprise: 1.2, serendipity: 1.0 },
};

export const EASE_LAMBDAS = [50, 100, 250, 500, 1000] as const;

export interface EvalOptions {
  dataset: DatasetName;
  seed: number;
  dataDir: string;
  k?: number;
  /** Size of the Gram matrix: EASE models the most-rated items (pure JS, 2 cores). */
  maxItems?: number;
  /** Weight of a training rating below 4 in wonder's relevance model (liked items weigh 1). */
  lowRatingWeight?: number;
  progress?: (message: string) => void;
}

export interface EvalResult {
  dataset: DatasetName;
  seed: number;
  rows: MetricRow[];
  /** Facts behind the rows: chosen lambda, modelled items, wall time. */
  info: Record<string, number | string>;
}

function listsOf(scorer: Scorer, split: Split, k: number): Int32Array[] {
  const out = new Float64Array(split.itemCount);
  return split.train.map((train, u) => {
    scorer.scoreUser(u, out);
    return topK(out, k, train);
  });
}

export function runEval(options: EvalOptions): EvalResult {
  const started = performance.now();
  const k = options.k ?? 10;
  const say = options.progress ?? (() => {});
  const spec = DATASETS[options.dataset];
  const ds = spec.load(join(options.dataDir, spec.folder));
  const split = spec.split(ds, options.seed);
  say(`${options.dataset}: ${ds.userCount} users, ${ds.itemCount} items, ${ds.users.length} ratings`);
  const iu = itemUsers(split.train, ds.itemCount);
  const popular = listsOf(popularityScorer(iu.counts), split, k);
  const ctx = createEvalContext(ds, split, k, iu.counts, popular);
  say(`evaluating ${ctx.users.length} users with at least one relevant test item`);
  const rows: MetricRow[] = [evaluateLists(ctx, 'popularity', popular)];

  say('ItemKNN: cosine neighbours (100 per item)');
  rows.push(evaluateLists(ctx, 'itemknn', listsOf(itemKnnScorer(split.train, itemNeighbours(split.train, iu, 100)), split, k)));

  const cols = frequentItems(iu.counts, options.maxItems ?? 2500, 1);
  const colOf = columnIndex(cols, ds.itemCount);
  const gram = gramMatrix(split.train, colOf, cols.length);
  let best: { model: EaseModel; row: MetricRow; lists: Int32Array[] } | undefined;
  for (const lambda of EASE_LAMBDAS) {
    const t = performance.now();
    const model = trainEase(gram, cols, ds.itemCount, lambda);
    const lists = listsOf(easeScorer(model, split.train), split, k);
    const row = evaluateLists(ctx, 'ease', lists);
    say(`EASE lambda ${lambda} on ${cols.length} items: NDCG@${k} ${(row[`ndcg@${k}`] as number).toFixed(4)} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    if (!best || (row[`ndcg@${k}`] as number) > (best.row[`ndcg@${k}`] as number)) best = { model, row, lists };
  }
  if (!best) throw new Error('no EASE model');
  rows.push(best.row);
  const lambda = best.model.lambda;

  say('MMR over EASE (lambda 0.8, top 100)');
  const easeBest = easeScorer(best.model, split.train);
  const scores = new Float64Array(ds.itemCount);
  rows.push(
    evaluateLists(
      ctx,
      'mmr-ease',
      split.train.map((train, u) => {
        easeBest.scoreUser(u, scores);
        return mmrRerank(topK(scores, 100, train), scores, ds.itemGenres, k, 0.8);
      }),
    ),
  );

  // Wonder's relevance: EASE at the same lambda, with ratings below 4 weighing less (a rating is
  // a real signal of liking), extended to the items outside the Gram matrix by ridge regression.
  say('wonder relevance: rating-weighted EASE + tail regression');
  const low = options.lowRatingWeight ?? 0.5;
  const weights = split.trainRatings.map((rs) => Float32Array.from(rs, (r) => (r >= 4 ? 1 : low)));
  const rated = trainEase(gramMatrix(split.train, colOf, cols.length, weights), cols, ds.itemCount, lambda);
  const ratedScorer = easeScorer(rated, split.train, 'ease-rated', weights);
  const tail = trainEaseTail(rated, split.train, iu, 4, weights);
  const relevance = easeWithTailScorer(rated, tail, split.train, ratedScorer, 'wonder-relevance', weights);
  rows.push(evaluateLists(ctx, 'wonder-relevance-only', listsOf(relevance, split, k)));
  for (const [preset, dial] of Object.entries(DIAL_PRESETS)) {
    const name = preset === 'default' ? 'wonder' : `wonder-${preset}`;
    say(`${name} (dial ${dial})`);
    rows.push(evaluateLists(ctx, name, wonderLists(ds, split, relevance, iu.counts, dial, options.seed, k)));
  }
  const order = ['popularity', 'itemknn', 'ease', 'mmr-ease', 'wonder-relevance-only', 'wonder-vertrouwd', 'wonder', 'wonder-verras-me'];
  rows.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  return {
    dataset: options.dataset,
    seed: options.seed,
    rows,
    info: { easeLambda: lambda, modelledItems: cols.length, tailItems: tail.items.length, seconds: Math.round((performance.now() - started) / 1000) },
  };
}
