import type { RatingDataset } from './data/rating-dataset.ts';
import type { ItemUsers } from './interactions.ts';
import { calibrationKl } from './metrics/calibration.ts';
import { cooccurrenceDiversity } from './metrics/cooccurrence-diversity.ts';
import { catalogueCoverage } from './metrics/coverage.ts';
import { genreDistribution } from './metrics/genre-profile.ts';
import { giniOfExposure } from './metrics/gini.ts';
import { intraListDiversity } from './metrics/ild.ts';
import { ndcgAt } from './metrics/ndcg.ts';
import { noveltyAt } from './metrics/novelty.ts';
import { precisionAt } from './metrics/precision.ts';
import { recallAt } from './metrics/recall.ts';
import { serendipityAt } from './metrics/serendipity.ts';
import { surpriseHitsAt, topGenres } from './metrics/surprise.ts';
import { unexpectednessAt } from './metrics/unexpectedness.ts';
import type { Split } from './split.ts';

/** Metrics averaged over users; coverage and gini are over the set of lists. */
export const PER_USER_METRICS = [
  'ndcg',
  'recall',
  'precision',
  'ild',
  'ild_cooc',
  'novelty',
  'serendipity',
  'surprise',
  'unexpectedness',
  'calibration_kl',
] as const;
export const METRIC_KEYS = [...PER_USER_METRICS, 'coverage', 'gini'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
export type MetricRow = { name: string } & Record<`${MetricKey}@${number}`, number>;

/** A metric at k = 10 of a row. */
export const metricOf = (row: MetricRow, metric: MetricKey): number =>
  row[`${metric}@10`] as number;

/** A row's metric at k = 10 as a multiple of the baseline's. */
export const metricRatio = (row: MetricRow, baseline: MetricRow, metric: MetricKey): number =>
  metricOf(row, metric) / Math.max(1e-12, metricOf(baseline, metric));

/** Per-user facts every metric needs, computed once per split. */
export interface EvalContext {
  ds: RatingDataset;
  split: Split;
  k: number;
  /** Users with at least one relevant test item (and some training): the ones evaluated. */
  users: number[];
  relevant: Set<number>[];
  topGenres: Set<number>[];
  profiles: Float64Array[];
  iu: ItemUsers;
  /** The primitive recommender's list per user: the most popular unseen items (Ge et al.). */
  primitive: Int32Array[];
}

export function createEvalContext(
  ds: RatingDataset,
  split: Split,
  k: number,
  iu: ItemUsers,
  primitive: Int32Array[],
): EvalContext {
  const users = split.relevant.flatMap((r, u) =>
    r.length > 0 && (split.train[u] as Int32Array).length > 0 ? [u] : [],
  );
  return {
    ds,
    split,
    k,
    users,
    relevant: split.relevant.map((r) => new Set(r)),
    topGenres: split.train.map((t) => topGenres(t, ds.itemGenres, 3)),
    profiles: split.train.map((t) => genreDistribution(t, ds.itemGenres, ds.genreNames.length)),
    iu,
    primitive,
  };
}

/** Every per-user metric for every evaluated user (aligned with ctx.users): what the bootstrap resamples. */
export function perUserMetrics(
  ctx: EvalContext,
  lists: readonly Int32Array[],
): Record<(typeof PER_USER_METRICS)[number], Float64Array> {
  const { k, ds } = ctx;
  const n = ctx.users.length;
  const out = Object.fromEntries(PER_USER_METRICS.map((m) => [m, new Float64Array(n)])) as Record<
    (typeof PER_USER_METRICS)[number],
    Float64Array
  >;
  ctx.users.forEach((u, x) => {
    const list = lists[u] as Int32Array;
    const rel = ctx.relevant[u] as Set<number>;
    const profile = ctx.profiles[u] as Float64Array;
    out.ndcg[x] = ndcgAt(list, rel, k);
    out.recall[x] = recallAt(list, rel, k);
    out.precision[x] = precisionAt(list, rel, k);
    out.ild[x] = intraListDiversity(list, ds.itemGenres, k);
    out.ild_cooc[x] = cooccurrenceDiversity(list, ctx.iu, k);
    out.novelty[x] = noveltyAt(list, ctx.iu.counts, ctx.split.userCount, k);
    out.serendipity[x] = serendipityAt(list, rel, ctx.primitive[u] as Int32Array, k);
    out.surprise[x] = surpriseHitsAt(list, rel, ctx.topGenres[u] as Set<number>, ds.itemGenres, k);
    out.unexpectedness[x] = unexpectednessAt(list, profile, ds.itemGenres, k);
    out.calibration_kl[x] = calibrationKl(list, profile, ds.itemGenres, k);
  });
  return out;
}

/** Averages every metric over the evaluated users; `lists[u]` is the list for user u. */
export function evaluateLists(
  ctx: EvalContext,
  name: string,
  lists: readonly Int32Array[],
): MetricRow {
  const { k, ds } = ctx;
  const per = perUserMetrics(ctx, lists);
  const n = Math.max(1, ctx.users.length);
  const row: Record<string, number | string> = { name };
  for (const m of PER_USER_METRICS) row[`${m}@${k}`] = per[m].reduce((s, v) => s + v, 0) / n;
  const shown = ctx.users.map((u) => lists[u] as Int32Array);
  row[`coverage@${k}`] = catalogueCoverage(shown, ds.itemCount, k);
  row[`gini@${k}`] = giniOfExposure(shown, ds.itemCount, k);
  return row as MetricRow;
}
