import { describe, expect, it } from 'vitest';
import {
  metricRowOf as row,
  TEST_BASELINE as baseline,
  type TuningMeasures,
} from '../testing/metric-row-of.ts';
import { pickModelShape } from './pick-model-shape.ts';

const shape = (name: string, m: TuningMeasures) => ({ shape: name, row: row(name, m) });

describe('pickModelShape', () => {
  it('keeps the baseline floor when a shape reaches the baseline, and takes the most diverse within it', () => {
    const chosen = pickModelShape(
      [
        shape('own', { ndcg: 0.21, serendipity: 0.1, ild: 0.55, coverage: 0.11, surprise: 0.02 }),
        // Best NDCG, but NDCG alone no longer decides.
        shape('sharp', { ndcg: 0.23, serendipity: 0.11, ild: 0.5, coverage: 0.1, surprise: 0.02 }),
        // Within 1% of the baseline, the most diverse.
        shape('wide', { ndcg: 0.199, serendipity: 0.1, ild: 0.6, coverage: 0.13, surprise: 0.03 }),
        // More diverse still, but NDCG below 0.99x the baseline's.
        shape('far', { ndcg: 0.197, serendipity: 0.1, ild: 0.9, coverage: 0.2, surprise: 0.05 }),
        // Serendipity below the floor.
        shape('odd', { ndcg: 0.22, serendipity: 0.098, ild: 0.8, coverage: 0.2, surprise: 0.05 }),
      ],
      baseline,
    );
    expect(chosen?.shape).toBe('wide');
  });

  it('follows the best-NDCG shape where no shape reaches the baseline (MovieLens seed 7)', () => {
    const chosen = pickModelShape(
      [
        // The most serendipitous, but NDCG more than 1% below the best shape's.
        shape('column-30', {
          ndcg: 0.1754,
          serendipity: 0.1039,
          ild: 0.53,
          coverage: 0.173,
          surprise: 0.0185,
        }),
        // NDCG within 1%, serendipity more than 1% below the best-NDCG shape's.
        shape('row-30', {
          ndcg: 0.1826,
          serendipity: 0.0708,
          ild: 0.53,
          coverage: 0.1,
          surprise: 0.0215,
        }),
        // The best NDCG: the rule by NDCG alone took it.
        shape('row-60', {
          ndcg: 0.1836,
          serendipity: 0.0734,
          ild: 0.532,
          coverage: 0.1012,
          surprise: 0.0215,
        }),
        // Within 1% of it on both, and more diverse.
        shape('both-60', {
          ndcg: 0.1835,
          serendipity: 0.0773,
          ild: 0.5325,
          coverage: 0.1196,
          surprise: 0.0215,
        }),
      ],
      baseline,
    );
    expect(chosen?.shape).toBe('both-60');
  });

  it('gives a tie to the earlier shape, the product own', () => {
    const same = { ndcg: 0.2, serendipity: 0.1, ild: 0.5, coverage: 0.1, surprise: 0.02 };
    expect(pickModelShape([shape('own', same), shape('other', same)], baseline)?.shape).toBe('own');
  });

  it('keeps the best-NDCG shape when every other gives away relevance', () => {
    const chosen = pickModelShape(
      [
        shape('odd', { ndcg: 0.1, serendipity: 0.1, ild: 0.9, coverage: 0.2, surprise: 0.05 }),
        shape('sharp', { ndcg: 0.19, serendipity: 0.05, ild: 0.5, coverage: 0.1, surprise: 0.02 }),
        shape('dull', { ndcg: 0.189, serendipity: 0.049, ild: 0.6, coverage: 0.2, surprise: 0.03 }),
      ],
      baseline,
    );
    expect(chosen?.shape).toBe('sharp');
    expect(pickModelShape([], baseline)).toBeUndefined();
  });
});
