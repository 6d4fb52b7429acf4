import { diversityGain, TUNING_FLOOR } from '../choose-dial-setting.ts';
import { metricOf, type MetricKey, type MetricRow } from '../evaluate.ts';

export interface ShapeCandidate<T> {
  shape: T;
  /** The product path's row on the validation split with this shape's model. */
  row: MetricRow;
}

/** The measures a shape must not give away for diversity, as in the dial's rule. */
const KEPT: readonly MetricKey[] = ['ndcg', 'serendipity'];

/**
 * The dial's rule (`chooseDialSetting`) applied to the model's shape, on a validation split: of the
 * shapes whose NDCG and serendipity each stay at least `TUNING_FLOOR` times the reference's, the
 * one with the largest product of the ILD, coverage and surprise ratios to the baseline. The
 * reference, per measure, is the smaller of the baseline's and the best-NDCG shape's (the choice
 * by NDCG alone): where that shape reaches the baseline this is the dial's own floor; where it
 * does not (MovieLens), no shape is taken for diversity that gives away more than 1% of the NDCG
 * or serendipity the NDCG rule's choice had. That shape always keeps the floor, so some shape is
 * chosen. Ties go to the earlier candidate (the caller lists the product's own shape first).
 */
export function pickModelShape<T>(
  candidates: readonly ShapeCandidate<T>[],
  baseline: MetricRow,
): ShapeCandidate<T> | undefined {
  let sharpest: ShapeCandidate<T> | undefined;
  for (const candidate of candidates)
    if (!sharpest || metricOf(candidate.row, 'ndcg') > metricOf(sharpest.row, 'ndcg'))
      sharpest = candidate;
  if (!sharpest) return undefined;
  const reference = sharpest.row;
  const keeps = (row: MetricRow) =>
    KEPT.every(
      (metric) =>
        metricOf(row, metric) >=
        TUNING_FLOOR * Math.min(metricOf(reference, metric), metricOf(baseline, metric)),
    );
  let chosen: { candidate: ShapeCandidate<T>; gain: number } | undefined;
  for (const candidate of candidates) {
    if (!keeps(candidate.row)) continue;
    const gain = diversityGain(candidate.row, baseline);
    if (!chosen || gain > chosen.gain) chosen = { candidate, gain };
  }
  return chosen?.candidate;
}
