import { describe, expect, it } from 'vitest';
import { findConversion, isConversion, withinConversionWindow } from './conversion.ts';

describe('the conversion rule', () => {
  it('counts 14 days after being shown, to the second, comparing instants', () => {
    expect(withinConversionWindow('2026-12-01T10:00:00Z', '2026-12-15T10:00:00Z')).toBe(true);
    expect(withinConversionWindow('2026-12-01T10:00:00Z', '2026-12-15T10:00:01Z')).toBe(false);
    expect(withinConversionWindow('2026-12-01T10:00:00Z', '2026-12-01T09:59:59Z')).toBe(false);
    // 10:00+02:00 is 08:00Z, so 09:00Z is after it.
    expect(withinConversionWindow('2026-12-01T10:00:00+02:00', '2026-12-01T09:00:00Z')).toBe(true);
    expect(withinConversionWindow('not a time', '2026-12-01T09:00:00Z')).toBe(false);
  });

  it('takes loans, tickets and visits of the same item, never a return, the earliest first', () => {
    expect(isConversion({ category: 'loans', action: 'returned' })).toBe(false);
    expect(isConversion({ category: 'browsing' })).toBe(false);
    const records = [
      { category: 'tickets', itemId: 'act-1', time: '2026-12-05T10:00:00Z' },
      { category: 'visits', itemId: 'act-1', time: '2026-12-03T10:00:00Z' },
      { category: 'loans', itemId: 'book-1', time: '2026-12-02T10:00:00Z', action: 'returned' },
      { category: 'browsing', itemId: 'book-1', time: '2026-12-02T10:00:00Z' },
    ];
    expect(findConversion('act-1', '2026-12-01T10:00:00Z', records)?.category).toBe('visits');
    expect(findConversion('book-1', '2026-12-01T10:00:00Z', records)).toBeUndefined();
  });
});
