import { describe, expect, it } from 'vitest';
import { chooseDialSetting } from './choose-dial-setting.ts';
import { metricRowOf as row, TEST_BASELINE as baseline } from './testing/metric-row-of.ts';

describe('chooseDialSetting', () => {
  it('takes the largest product of ILD, coverage and surprise among settings that keep NDCG and serendipity', () => {
    const chosen = chooseDialSetting(
      [
        // The most diverse, but NDCG falls below 0.99x the baseline's.
        {
          setting: 'far',
          row: row('far', {
            ndcg: 0.197,
            serendipity: 0.1,
            ild: 0.9,
            coverage: 0.2,
            surprise: 0.05,
          }),
        },
        // Serendipity below the floor.
        {
          setting: 'odd',
          row: row('odd', {
            ndcg: 0.21,
            serendipity: 0.098,
            ild: 0.8,
            coverage: 0.2,
            surprise: 0.05,
          }),
        },
        {
          setting: 'safe',
          row: row('safe', {
            ndcg: 0.22,
            serendipity: 0.11,
            ild: 0.55,
            coverage: 0.11,
            surprise: 0.02,
          }),
        },
        {
          setting: 'wide',
          row: row('wide', {
            ndcg: 0.199,
            serendipity: 0.1,
            ild: 0.6,
            coverage: 0.13,
            surprise: 0.03,
          }),
        },
      ],
      baseline,
    );
    expect(chosen?.setting).toBe('wide');
  });

  it('chooses nothing when no setting keeps the floor', () => {
    const far = row('far', {
      ndcg: 0.1,
      serendipity: 0.1,
      ild: 0.9,
      coverage: 0.2,
      surprise: 0.05,
    });
    expect(chooseDialSetting([{ setting: 1, row: far }], baseline)).toBeUndefined();
  });
});
