import { describe, expect, it } from 'vitest';
import { redeliveryPolicy } from './redelivery-policy.ts';

const options = { firstRetryMs: 5_000, maxRetryMs: 300_000, poisonAfter: 4 };

describe('redeliveryPolicy', () => {
  it('doubles the wait from the first retry and caps it', () => {
    const policy = redeliveryPolicy(options);
    expect([1, 2, 3, 4, 7, 8, 100].map((d) => policy.retryDelayMs(d))).toEqual([
      5_000, 10_000, 20_000, 40_000, 300_000, 300_000, 300_000,
    ]);
  });

  it('never dead-letters during an outage: nothing else was stored between failures', () => {
    const policy = redeliveryPolicy(options);
    for (let delivery = 1; delivery <= 50; delivery++)
      expect(policy.failed(7, delivery)).toBe(false);
  });

  it('dead-letters a message refused again after another event was stored, from poisonAfter on', () => {
    const policy = redeliveryPolicy(options);
    for (let delivery = 1; delivery <= 3; delivery++) {
      expect(policy.failed(7, delivery)).toBe(false);
      policy.stored();
    }
    expect(policy.failed(7, 4)).toBe(true);
  });

  it('needs a store after the previous failure, not just any earlier one', () => {
    const policy = redeliveryPolicy(options);
    policy.failed(7, 1);
    policy.stored();
    expect(policy.failed(7, 4)).toBe(true);
    const other = redeliveryPolicy(options);
    other.stored();
    expect(other.failed(8, 4)).toBe(false); // first failure seen here: no previous one to compare
    expect(other.failed(8, 5)).toBe(false); // nothing stored since
  });

  it('forgets settled messages', () => {
    const policy = redeliveryPolicy(options);
    policy.failed(7, 4);
    policy.settled(7);
    policy.stored();
    expect(policy.failed(7, 5)).toBe(false);
  });
});
