import { describe, expect, it } from 'vitest';
import { ReportBody } from '../vault/insight-routes.ts';
import { Batch } from './report-wire.ts';

describe('Batch (review finding: weeks that do not exist are accepted)', () => {
  it('refuses week 53 of a 52-week year at the vault and the aggregators', () => {
    expect(Batch.safeParse('2025-W53').success).toBe(false);
    expect(ReportBody.safeParse({ week: '2025-W53' }).success).toBe(false);
    expect(Batch.safeParse('2026-W53').success).toBe(true);
    expect(ReportBody.safeParse({ week: '2026-W49' }).success).toBe(true);
  });
});
