import { metricRatio, type MetricKey, type MetricRow } from './evaluate.ts';

/** The floor NDCG and serendipity must keep on validation: the targets are 0.97, the rest is margin. */
export const TUNING_FLOOR = 0.99;

/** What a tuned setting is chosen for: the product of its ILD, coverage and surprise ratios. */
export const diversityGain = (row: MetricRow, baseline: MetricRow): number =>
  metricRatio(row, baseline, 'ild') *
  metricRatio(row, baseline, 'coverage') *
  metricRatio(row, baseline, 'surprise');

export interface DialCandidate<T> {
  setting: T;
  row: MetricRow;
}

/**
 * The rule the dial's constants are chosen by, on a validation split: of the settings whose NDCG
 * and serendipity stay at least `TUNING_FLOOR` times the baseline's, the one with the largest
 * product of the ILD, coverage and surprise ratios. Undefined when none keeps the floor.
 */
export function chooseDialSetting<T>(
  candidates: readonly DialCandidate<T>[],
  baseline: MetricRow,
): DialCandidate<T> | undefined {
  const ratio = (row: MetricRow, metric: MetricKey) => metricRatio(row, baseline, metric);
  let best: { candidate: DialCandidate<T>; gain: number } | undefined;
  for (const candidate of candidates) {
    const { row } = candidate;
    if (ratio(row, 'ndcg') < TUNING_FLOOR || ratio(row, 'serendipity') < TUNING_FLOOR) continue;
    const gain = diversityGain(row, baseline);
    if (!best || gain > best.gain) best = { candidate, gain };
  }
  return best?.candidate;
}
