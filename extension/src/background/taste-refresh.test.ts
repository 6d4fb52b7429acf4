import { describe, expect, it } from 'vitest';
import { tasteRefresh } from './taste-refresh.ts';

/** A clock and timer under the test's control, and a refresh that starts a read as the worker's does. */
function harness() {
  let now = 10_000;
  const timers: { at: number; fn: () => void }[] = [];
  const reads: number[] = [];
  const refresher = tasteRefresh({
    now: () => now,
    later: (fn, ms) => void timers.push({ at: now + ms, fn }),
    refresh: () => {
      reads.push(now);
      refresher.started();
    },
    intervalMs: 2_000,
  });
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.fn();
    }
  };
  return { refresher, reads, timers, advance };
}

describe('tasteRefresh', () => {
  it('reads at once when the last read is older than the interval', () => {
    const { refresher, reads } = harness();
    refresher.ask();
    expect(reads).toEqual([10_000]);
  });

  it('serves an ask inside the interval when it ends instead of dropping it (marks resting on erased loans)', () => {
    const { refresher, reads, advance } = harness();
    refresher.ask();
    advance(500);
    // The person erased their loans and opened a site: its ask falls inside the interval.
    refresher.ask();
    expect(reads).toEqual([10_000]);
    advance(1_500);
    expect(reads).toEqual([10_000]);
    advance(1);
    expect(reads).toEqual([10_000, 12_001]);
  });

  it('serves many asks inside one interval with one read', () => {
    const { refresher, reads, timers, advance } = harness();
    refresher.ask();
    for (let i = 0; i < 5; i++) {
      advance(100);
      refresher.ask();
    }
    expect(timers).toHaveLength(1);
    advance(2_000);
    expect(reads).toHaveLength(2);
  });

  it('reads at once after a reset (a new pairing)', () => {
    const { refresher, reads, advance } = harness();
    refresher.ask();
    advance(100);
    refresher.reset();
    refresher.ask();
    expect(reads).toEqual([10_000, 10_100]);
  });
});
