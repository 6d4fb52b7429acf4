import { join } from 'node:path';
import { catalogData } from '../catalog/catalog-data.ts';
import { prepareRanking, type PreparedRanking } from '../wonder/prepare-ranking.ts';
import { productRankOptions } from '../wonder/product-rank-options.ts';
import { choosePicks } from '../wonder/rank/rerank-candidates.ts';
import type { WonderKnobs } from '../wonder/rerank/dial.ts';
import { dualEaseScorer, trainDualEase } from './baselines/ease-dual.ts';
import { evaluateLists, metricRatio, type MetricRow } from './evaluate.ts';
import { datasetCandidates, trainingHistory } from './product/dataset-catalogue.ts';
import type { NeighbourLinkMode } from './product/ease-item-model.ts';
import { productItemModel } from './product/product-item-model.ts';
import { exposureCells, sketchExposure } from './product/exposure-cells.ts';
import { rankWithPublishedExposure } from './product/published-exposure.ts';
import { exposureRerankGrid } from './exposure-rerank-grid.ts';
import { rerankGrid } from './rerank-grid.ts';
import {
  DATASETS,
  evalContextFor,
  listsOf,
  MMR_POOL,
  ratingWeights,
  tuneEase,
  type DatasetName,
} from './run-eval.ts';
import { carveValidation } from './validation-split.ts';

export interface TuneOptions {
  dataset: DatasetName;
  /** A tuning seed: only its validation split (carved from its training part) is looked at. */
  seed: number;
  dataDir: string;
  /** The re-ranker settings to try; each is scored on the same preparation. */
  grid: readonly Partial<WonderKnobs>[];
  /** EASE's lambda, when already chosen on this validation split (saves six trainings). */
  lambda?: number;
  progress?: (message: string) => void;
  /** Which EASE links the model keeps, instead of the product's (see easeNeighbourLinks). */
  links?: NeighbourLinkMode;
  /** Neighbours kept per item, instead of the product's. */
  neighbours?: number;
  /** The decay's half-life in days, instead of the product's (HALF_LIFE_DAYS). */
  halfLifeDays?: number;
  /**
   * What a published city-wide exposure aggregate would buy (the product has no such source): the
   * validation users ranked in this many cohorts, each with the exposure of the cohorts before it
   * (`rankWithPublishedExposure`), so the grid's exposure penalty and fresh bonus act.
   */
  exposureCohorts?: number;
  /** With `exposureCohorts`: the aggregate is a hashed sketch of rows x width cells (`exposureCells`). */
  exposureSketch?: { rows: number; width: number };
}

export interface TuneRow {
  knobs: Partial<WonderKnobs>;
  row: MetricRow;
}

export interface TuneResult {
  lambda: number;
  baseline: MetricRow;
  /** Popularity-penalised MMR over the baseline, for reference on the same validation split. */
  reference: MetricRow[];
  rows: TuneRow[];
}

/**
 * Tunes the product's re-ranker on a validation split: the product path (`prepareRanking` with
 * `productRankOptions`, a model trained on the validation split's training part) is prepared once
 * per user, then each setting of the grid re-ranks it, exactly as `suggest` would with those knobs.
 * The test part of the split is never read.
 */
export function tuneWonder(options: TuneOptions): TuneResult {
  const say = options.progress ?? (() => {});
  const k = 10;
  const spec = DATASETS[options.dataset];
  const ds = spec.load(join(options.dataDir, spec.folder));
  const split = spec.split(ds, options.seed);
  const val = carveValidation(split, options.seed, spec.byTime);
  const ctx = evalContextFor(ds, val, k);
  say(`${options.dataset} seed ${options.seed}: ${ctx.users.length} validation users`);
  const lambda = options.lambda ?? tuneEase(ds, val, ctx, true, say).lambda;
  const ease = dualEaseScorer(trainDualEase(val.train, ds.itemCount, lambda, ratingWeights(val)));
  const baseline = evaluateLists(ctx, 'ease-full-weighted', listsOf(ease, val, ctx.users, k));
  const sketch = options.exposureSketch;
  const keysOf = sketch
    ? (id: string) => exposureCells(id, sketch.rows, sketch.width)
    : (id: string) => [id];
  const reference = rerankGrid(
    ctx,
    ds,
    val,
    ease,
    [0.5, 0.75].flatMap((beta) => [0.8, 0.7].map((lambda) => ({ beta, lambda }))),
    k,
    MMR_POOL,
  ).map((g) => g.row);
  if (options.exposureCohorts) {
    // The baselines get the same published exposure as the product's re-ranker below.
    const simulation = { cohorts: options.exposureCohorts, keysOf };
    const settings = [0.5, 0.75].flatMap((beta) =>
      [0.8, 0.7].flatMap((lambda) => [0.25, 0.5, 1].map((gamma) => ({ beta, lambda, gamma }))),
    );
    reference.push(...exposureRerankGrid(ctx, ds, val, ease, settings, k, MMR_POOL, simulation));
  }

  say(`item model on the validation training part, lambda ${lambda}`);
  const model = productItemModel({
    ds,
    split: val,
    label: `${options.dataset} validation split, seed ${options.seed}`,
    lambda,
    ...(options.links ? { links: options.links } : {}),
    ...(options.neighbours ? { neighbours: options.neighbours } : {}),
  });
  const catalogue = options.dataset === 'goodbooks' ? catalogData() : undefined;
  const items = catalogue?.itemsById();
  const candidates = datasetCandidates(ds, ctx.iu.counts, (id) => items?.get(id));
  const indexOf = new Map(candidates.map((c, i) => [c.id, i]));
  const rankOptions = productRankOptions({
    slots: k,
    itemModel: model,
    ...(catalogue ? { bridge: catalogue.bridge() } : {}),
  });
  if (options.halfLifeDays !== undefined) rankOptions.halfLifeDays = options.halfLifeDays;
  const prepared = new Map<number, PreparedRanking>();
  ctx.users.forEach((u, n) => {
    const history = trainingHistory(val, u, candidates);
    prepared.set(u, prepareRanking(history, candidates, ['loans'], rankOptions));
    if (n % 250 === 0) say(`prepared ${n} of ${ctx.users.length}`);
  });

  const rows = options.grid.map((knobs) => {
    const lists: Int32Array[] = Array.from({ length: val.userCount }, () => new Int32Array(0));
    const rank = (u: number, exposure?: ReadonlyMap<string, number>) => {
      const p = prepared.get(u) as PreparedRanking;
      const candidates = exposure
        ? p.wonderCandidates.map((c, i) => ({
            ...c,
            exposure: sketchExposure(exposure, keysOf(p.pool[i]?.item.id ?? '')),
          }))
        : p.wonderCandidates;
      const picks = choosePicks(candidates, { ...rankOptions, k, knobs }, p.profile);
      return picks.map((pick) => p.pool[pick.index]?.item.id ?? '');
    };
    const ranked = options.exposureCohorts
      ? rankWithPublishedExposure(ctx.users, options.exposureCohorts, rank, keysOf)
      : new Map(ctx.users.map((u) => [u, rank(u)]));
    for (const [u, ids] of ranked)
      lists[u] = Int32Array.from(ids, (id) => indexOf.get(id) as number);
    const row = evaluateLists(ctx, JSON.stringify(knobs), lists);
    say(`${row.name}: NDCG ${metricRatio(row, baseline, 'ndcg').toFixed(3)}x`);
    return { knobs, row };
  });
  return { lambda, baseline, reference, rows };
}
