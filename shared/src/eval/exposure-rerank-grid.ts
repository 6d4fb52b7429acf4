import type { RatingDataset } from './data/rating-dataset.ts';
import { evaluateLists, type EvalContext, type MetricRow } from './evaluate.ts';
import { rankWithPublishedExposure } from './product/published-exposure.ts';
import { sketchExposure } from './product/exposure-cells.ts';
import { mmrRerank } from './rerank-mmr.ts';
import { topK, type Scorer } from './scorer.ts';
import type { Split } from './split.ts';

/** A popularity-penalised MMR setting that also penalises published exposure (gamma). */
export interface ExposureMmrSetting {
  lambda: number;
  beta: number;
  gamma: number;
}

/** How the published exposure is simulated: weekly cohorts, and what an item counts in. */
export interface PublishedExposureSimulation {
  cohorts: number;
  /** An item's keys in the published aggregate: itself, or its cells of a sketch. */
  keysOf: (id: string) => readonly string[];
}

/**
 * The MMR baselines given the signal the product's re-ranker gets from a published exposure
 * aggregate, so that the comparison stays fair: each user is re-ranked with what earlier cohorts'
 * lists published (`rankWithPublishedExposure`), exposure penalised like popularity. One row per
 * setting, `popmmr-b<beta>-l<lambda>-e<gamma>`; items are named by their index.
 */
export function exposureRerankGrid(
  ctx: EvalContext,
  ds: RatingDataset,
  split: Split,
  scorer: Scorer,
  settings: readonly ExposureMmrSetting[],
  k: number,
  pool: number,
  simulation: PublishedExposureSimulation,
): MetricRow[] {
  const scores = new Float64Array(ds.itemCount);
  const pools: Int32Array[] = [];
  const keys: (readonly string[])[] = [];
  for (const u of ctx.users) {
    scorer.scoreUser(u, scores);
    pools[u] = topK(scores, pool, split.train[u]);
  }
  const keysOf = (i: number) => (keys[i] ??= simulation.keysOf(String(i)));
  return settings.map(({ lambda, beta, gamma }) => {
    const popularity = { counts: ctx.iu.counts, beta };
    const values = new Float64Array(ds.itemCount);
    const ranked = rankWithPublishedExposure(
      ctx.users,
      simulation.cohorts,
      (u, published) => {
        const candidates = pools[u] as Int32Array;
        for (const i of candidates) values[i] = sketchExposure(published, keysOf(i));
        scorer.scoreUser(u, scores);
        const list = mmrRerank(candidates, scores, ds.itemGenres, k, lambda, popularity, {
          values,
          gamma,
        });
        return Array.from(list, String);
      },
      simulation.keysOf,
    );
    const lists: Int32Array[] = Array.from({ length: split.userCount }, () => new Int32Array(0));
    for (const [u, ids] of ranked) lists[u] = Int32Array.from(ids, Number);
    return evaluateLists(ctx, `popmmr-b${beta}-l${lambda}-e${gamma}`, lists);
  });
}
