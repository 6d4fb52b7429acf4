import { join } from 'node:path';
import { catalogData } from '../../catalog/catalog-data.ts';
import { prepareRanking } from '../../wonder/prepare-ranking.ts';
import { productRankOptions } from '../../wonder/product-rank-options.ts';
import { choosePicks } from '../../wonder/rank/rerank-candidates.ts';
import type { SuggestOptions } from '../../wonder/suggest.ts';
import type { WonderKnobs } from '../../wonder/rerank/dial.ts';
import { dualEaseScorer, trainDualEase } from '../baselines/ease-dual.ts';
import { evaluateLists, metricRatio, type MetricRow } from '../evaluate.ts';
import { datasetCandidates, trainingHistory } from '../product/dataset-catalogue.ts';
import {
  easeNeighbourLinks,
  PRODUCT_ITEM_MODEL,
  type NeighbourLinkMode,
} from '../product/ease-item-model.ts';
import { productItemModel } from '../product/product-item-model.ts';
import {
  DATASETS,
  evalContextFor,
  listsOf,
  ratingWeights,
  tuneEase,
  type DatasetName,
} from '../run-eval.ts';
import { topK } from '../scorer.ts';
import { carveValidation } from '../validation-split.ts';
import { exactEaseScores } from './exact-ease-scores.ts';
import { signedInLinks } from './signed-in-links.ts';
import { exactSignalRanking } from './exact-signal-ranking.ts';
import { residualBias, sparseScores } from './sparse-scores.ts';
import type { CulturalRecord } from '../../model/cultural-record.ts';
import type { PreparedRanking } from '../../wonder/prepare-ranking.ts';

type Prepare = (history: readonly CulturalRecord[], options: SuggestOptions) => PreparedRanking;

/** A model shape: the product's link modes, or `signed` (signedInLinks: no product rows). */
export interface DecomposeShape {
  links: NeighbourLinkMode | 'signed';
  neighbours: number;
}

export interface DecomposeOptions {
  dataset: DatasetName;
  /** A tuning seed: only its validation split is read. */
  seed: number;
  dataDir: string;
  lambda?: number;
  shapes: readonly DecomposeShape[];
  /** Collaborative weights (RELEVANCE_WEIGHTS.collaborative) to try with the content terms. */
  collaborativeWeights: readonly number[];
  /** Re-ranker knobs to try over the exact signal besides the dial's (as tune:wonder's grid). */
  knobs?: readonly Partial<WonderKnobs>[];
  progress?: (message: string) => void;
}

/**
 * The product path taken apart on a validation split, each step a row scored like the baseline:
 * the exact full EASE with the person's stars (the baseline itself) and with the product's
 * decayed weights, and that exact signal through the product's content terms and re-ranker
 * (`exactSignalRanking`: what a perfect model would give); per shape, the sparse links alone
 * with exact weights (with and without decay, with and without a fitted per-item correction for
 * the links left out); then the product path itself (bytes, 1,000 seeds, the pool) with the
 * collaborative signal alone (content a tie-break only), with content at each collaborative
 * weight, at the default, and re-ranked at the default dial.
 */
export function decomposeProduct(options: DecomposeOptions): {
  lambda: number;
  baseline: MetricRow;
  rows: MetricRow[];
} {
  const say = options.progress ?? (() => {});
  const k = 10;
  const spec = DATASETS[options.dataset];
  const ds = spec.load(join(options.dataDir, spec.folder));
  const val = carveValidation(spec.split(ds, options.seed), options.seed, spec.byTime);
  const ctx = evalContextFor(ds, val, k);
  const lambda = options.lambda ?? tuneEase(ds, val, ctx, true, say).lambda;
  const weights = ratingWeights(val);
  const model = trainDualEase(val.train, ds.itemCount, lambda, weights);
  const full = dualEaseScorer(model);
  const baseline = evaluateLists(ctx, 'ease-full-weighted', listsOf(full, val, ctx.users, k));
  const rows: MetricRow[] = [baseline];
  const keep = (row: MetricRow) => {
    rows.push(row);
    say(`${row.name}: NDCG ${metricRatio(row, baseline, 'ndcg').toFixed(3)}x`);
  };
  const catalogue = options.dataset === 'goodbooks' ? catalogData() : undefined;
  const items = catalogue?.itemsById();
  const candidates = datasetCandidates(ds, ctx.iu.counts, (id) => items?.get(id));
  const indexOf = new Map(candidates.map((c, i) => [c.id, i]));
  // Per user their items with their stars' weights, and with the product's decayed affinities.
  const rated = val.train.map(
    (row, u) => new Map(Array.from(row, (i, t) => [i, (weights[u] as Float32Array)[t] as number])),
  );
  const decayed = new Map(
    ctx.users.map((u) => {
      const profile = prepareRanking(trainingHistory(val, u, candidates), [], ['loans']).profile;
      return [u, new Map(profile.seenItems.map((a) => [indexOf.get(a.key) as number, a.weight]))];
    }),
  );
  const out = new Float64Array(ds.itemCount);
  const scored = (name: string, score: (w: ReadonlyMap<number, number>) => void) =>
    (['rating', 'decayed'] as const).forEach((kind) => {
      const lists: Int32Array[] = Array.from({ length: val.userCount }, () => new Int32Array(0));
      for (const u of ctx.users) {
        score((kind === 'rating' ? rated[u] : decayed.get(u)) as ReadonlyMap<number, number>);
        lists[u] = topK(out, k, val.train[u]);
      }
      keep(evaluateLists(ctx, `${name}/${kind}-weights`, lists));
    });
  scored('exact-all-links', (w) => exactEaseScores(model, w, out));
  /** One preparation per user, ranked as `suggest` would: plain top-k and re-ranked. */
  const product = (
    name: string,
    opts: SuggestOptions,
    rerank: boolean,
    prepare: Prepare = (history, o) => prepareRanking(history, candidates, ['loans'], o),
    knobSets: readonly Partial<WonderKnobs>[] = [],
  ) => {
    // Plain top-k, then (with `rerank`) re-ranked at the dial and with each set of knobs.
    const rankings: (Partial<WonderKnobs> | undefined | null)[] = [
      null,
      ...(rerank ? [undefined, ...knobSets] : []),
    ];
    const lists = rankings.map(() =>
      Array.from({ length: val.userCount }, () => new Int32Array(0)),
    );
    for (const u of ctx.users) {
      const p = prepare(trainingHistory(val, u, candidates), opts);
      rankings.forEach((knobs, r) => {
        const picks = choosePicks(
          p.wonderCandidates,
          { ...opts, k, rerank: knobs !== null, ...(knobs ? { knobs } : {}) },
          p.profile,
        );
        (lists[r] as Int32Array[])[u] = Int32Array.from(
          picks,
          (pick) => indexOf.get(p.pool[pick.index]?.item.id ?? '') as number,
        );
      });
    }
    rankings.forEach((knobs, r) => {
      const label =
        knobs === null ? name : `${name}, re-ranked${knobs ? ` ${JSON.stringify(knobs)}` : ''}`;
      keep(evaluateLists(ctx, label, lists[r] as Int32Array[]));
    });
  };
  const rankOptions = productRankOptions({
    slots: k,
    ...(catalogue ? { bridge: catalogue.bridge() } : {}),
  });
  // The product path with the full EASE's scores of the person's decayed items as its
  // collaborative signal: what a perfect model would give through content and re-ranking.
  const exactSignal: Prepare = (history, o) =>
    exactSignalRanking(history, candidates, o, (seen) => {
      const scores = new Float64Array(ds.itemCount);
      exactEaseScores(
        model,
        new Map(seen.map((a) => [indexOf.get(a.key) as number, a.weight])),
        scores,
      );
      return (id) => scores[indexOf.get(id) as number] as number;
    });
  for (const w of options.collaborativeWeights)
    product(
      `exact-all-links/product/content, collaborative ${w}`,
      { ...rankOptions, relevanceWeights: { collaborative: w } },
      true,
      exactSignal,
    );
  product('exact-all-links/product/default', rankOptions, true, exactSignal, options.knobs);

  for (const shape of options.shapes) {
    const tag = `${shape.links}-${shape.neighbours}`;
    say(`links ${tag}`);
    const links =
      shape.links === 'signed'
        ? signedInLinks(model, shape.neighbours)
        : easeNeighbourLinks({
            ...PRODUCT_ITEM_MODEL,
            links: shape.links,
            neighbours: shape.neighbours,
            lambda,
            train: val.train,
            ratings: val.trainRatings,
            itemIds: ds.itemIds,
            source: 'validation split',
            provenance: { ratings: 'validation split', interactions: 0, users: 0, method: '' },
          });
    scored(`${tag}/sparse`, (w) => sparseScores(links, w, out));
    const bias = residualBias(links, full, rated, ds.itemCount);
    scored(`${tag}/sparse+bias`, (w) => {
      sparseScores(links, w, out);
      let n = 0;
      for (const x of w.values()) n += x;
      for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + n * (bias[i] as number);
    });
    if (shape.links === 'signed') continue;

    const itemModel = productItemModel({
      ds,
      split: val,
      label: 'validation split',
      lambda,
      links: shape.links,
      neighbours: shape.neighbours,
    });
    const base = productRankOptions({
      slots: k,
      itemModel,
      ...(catalogue ? { bridge: catalogue.bridge() } : {}),
    });
    const at = `${tag}/product`;
    product(
      `${at}/collaborative only`,
      { ...base, relevanceWeights: { collaborative: 1e9 } },
      false,
    );
    for (const w of options.collaborativeWeights)
      product(
        `${at}/content, collaborative ${w}`,
        { ...base, relevanceWeights: { collaborative: w } },
        true,
      );
    product(`${at}/default`, base, true);
  }
  return { lambda, baseline, rows };
}
