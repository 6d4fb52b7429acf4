import { describe, expect, it } from 'vitest';

import { handleRefreshAlarm, REFRESH_ALARM, type RefreshDeps } from './refresh-alarm.ts';

/** Records what the handler did, in order. */
function recorder(paired: boolean, flushFails = false) {
  const calls: string[] = [];
  const deps: RefreshDeps = {
    flushQueue: async () => {
      calls.push('flush');
      if (flushFails) throw new Error('vault unreachable');
    },
    paired: async () => paired,
    refreshTaste: async () => {
      calls.push('taste');
    },
  };
  return { calls, deps };
}

describe('handleRefreshAlarm', () => {
  it('flushes the queue, then refreshes the cached taste when paired', async () => {
    const { calls, deps } = recorder(true);
    expect(await handleRefreshAlarm({ name: REFRESH_ALARM }, deps)).toBe(true);
    expect(calls).toEqual(['flush', 'taste']);
  });

  it('reads nothing from a vault it is not paired with', async () => {
    const { calls, deps } = recorder(false);
    await handleRefreshAlarm({ name: REFRESH_ALARM }, deps);
    expect(calls).toEqual(['flush']);
  });

  it('still refreshes when the flush fails', async () => {
    const { calls, deps } = recorder(true, true);
    await handleRefreshAlarm({ name: REFRESH_ALARM }, deps);
    expect(calls).toEqual(['flush', 'taste']);
  });

  it('leaves other alarms alone', async () => {
    const { calls, deps } = recorder(true);
    expect(await handleRefreshAlarm({ name: 'someone-else' }, deps)).toBe(false);
    expect(calls).toEqual([]);
  });
});
