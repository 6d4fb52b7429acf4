import type { MetricRow } from '../evaluate.ts';

/** The five measures the tuning rules read, for a test's hand-made row. */
export interface TuningMeasures {
  ndcg: number;
  serendipity: number;
  ild: number;
  coverage: number;
  surprise: number;
}

/** A metric row with just the measures the tuning rules read (tests of those rules). */
export const metricRowOf = (name: string, m: TuningMeasures): MetricRow =>
  ({
    name,
    'ndcg@10': m.ndcg,
    'serendipity@10': m.serendipity,
    'ild@10': m.ild,
    'coverage@10': m.coverage,
    'surprise@10': m.surprise,
  }) as MetricRow;

/** The baseline both rules' tests measure against. */
export const TEST_BASELINE = metricRowOf('base', {
  ndcg: 0.2,
  serendipity: 0.1,
  ild: 0.5,
  coverage: 0.1,
  surprise: 0.02,
});
