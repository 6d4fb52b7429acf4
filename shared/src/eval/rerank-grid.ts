import type { RatingDataset } from './data/rating-dataset.ts';
import { evaluateLists, type EvalContext, type MetricRow } from './evaluate.ts';
import { mmrRerank } from './rerank-mmr.ts';
import { topK, type Scorer } from './scorer.ts';
import type { Split } from './split.ts';

/** One setting of a re-ranker grid: plain MMR without `beta`, popularity-penalised with it. */
export interface MmrSetting {
  lambda: number;
  beta?: number;
}

export interface GridRow {
  row: MetricRow;
  lists: Int32Array[];
}

/**
 * MMR re-rankings of a scorer's top `pool` (training items left out) for every evaluated user, one
 * row per setting: `mmr-l<lambda>` or `popmmr-b<beta>-l<lambda>` (the penalty uses the training
 * counts of `ctx`). The evaluation's baseline grids and the tuning's reference rows both come from here.
 */
export function rerankGrid(
  ctx: EvalContext,
  ds: RatingDataset,
  split: Split,
  scorer: Scorer,
  settings: readonly MmrSetting[],
  k: number,
  pool: number,
): GridRow[] {
  const scores = new Float64Array(ds.itemCount);
  const pools: Int32Array[] = [];
  for (const u of ctx.users) {
    scorer.scoreUser(u, scores);
    pools[u] = topK(scores, pool, split.train[u]);
  }
  return settings.map(({ lambda, beta }) => {
    const lists: Int32Array[] = Array.from({ length: split.userCount }, () => new Int32Array(0));
    const popularity = beta === undefined ? undefined : { counts: ctx.iu.counts, beta };
    for (const u of ctx.users) {
      scorer.scoreUser(u, scores);
      lists[u] = mmrRerank(pools[u] as Int32Array, scores, ds.itemGenres, k, lambda, popularity);
    }
    const name = beta === undefined ? `mmr-l${lambda}` : `popmmr-b${beta}-l${lambda}`;
    return { row: evaluateLists(ctx, name, lists), lists };
  });
}
