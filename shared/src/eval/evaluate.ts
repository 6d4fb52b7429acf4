import type { RatingDataset } from './data/rating-dataset.ts';
import { calibrationKl } from './metrics/calibration.ts';
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

export const METRIC_KEYS = [
  'ndcg',
  'recall',
  'precision',
  'ild',
  'novelty',
  'serendipity',
  'surprise',
  'unexpectedness',
  'coverage',
  'gini',
  'calibration_kl',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
export type MetricRow = { name: string } & Record<`${MetricKey}@${number}`, number>;

/** Per-user facts every metric needs, computed once per split. */
export interface EvalContext {
  ds: RatingDataset;
  split: Split;
  k: number;
  /** Users with at least one relevant test item: the ones evaluated. */
  users: number[];
  relevant: Set<number>[];
  topGenres: Set<number>[];
  profiles: Float64Array[];
  itemCounts: Int32Array;
  /** The popularity baseline's list per user (Ge et al.'s primitive recommender). */
  primitive: Int32Array[];
}

export function createEvalContext(ds: RatingDataset, split: Split, k: number, itemCounts: Int32Array, primitive: Int32Array[]): EvalContext {
  const users = split.relevant.flatMap((r, u) => (r.length > 0 ? [u] : []));
  return {
    ds,
    split,
    k,
    users,
    relevant: split.relevant.map((r) => new Set(r)),
    topGenres: split.train.map((t) => topGenres(t, ds.itemGenres, 3)),
    profiles: split.train.map((t) => genreDistribution(t, ds.itemGenres, ds.genreNames.length)),
    itemCounts,
    primitive,
  };
}

/** Averages every metric over the evaluated users; `lists[u]` is the list for user u. */
export function evaluateLists(ctx: EvalContext, name: string, lists: readonly Int32Array[]): MetricRow {
  const { k, ds } = ctx;
  const sums = Object.fromEntries(METRIC_KEYS.map((m) => [m, 0])) as Record<MetricKey, number>;
  const shown: Int32Array[] = [];
  for (const u of ctx.users) {
    const list = lists[u] as Int32Array;
    shown.push(list);
    const rel = ctx.relevant[u] as Set<number>;
    const profile = ctx.profiles[u] as Float64Array;
    sums.ndcg += ndcgAt(list, rel, k);
    sums.recall += recallAt(list, rel, k);
    sums.precision += precisionAt(list, rel, k);
    sums.ild += intraListDiversity(list, ds.itemGenres, k);
    sums.novelty += noveltyAt(list, ctx.itemCounts, ctx.split.userCount, k);
    sums.serendipity += serendipityAt(list, rel, ctx.primitive[u] as Int32Array, k);
    sums.surprise += surpriseHitsAt(list, rel, ctx.topGenres[u] as Set<number>, ds.itemGenres, k);
    sums.unexpectedness += unexpectednessAt(list, profile, ds.itemGenres, k);
    sums.calibration_kl += calibrationKl(list, profile, ds.itemGenres, k);
  }
  const n = Math.max(1, ctx.users.length);
  const row: Record<string, number | string> = { name };
  for (const m of METRIC_KEYS) row[`${m}@${k}`] = sums[m] / n;
  row[`coverage@${k}`] = catalogueCoverage(shown, ds.itemCount, k);
  row[`gini@${k}`] = giniOfExposure(shown, ds.itemCount, k);
  return row as MetricRow;
}
