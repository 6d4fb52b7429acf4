import { z } from 'zod';
import { VerwonderError } from '@verwonder/shared';
import type { InsightClientConfig } from './submit-report.ts';

const TaskConfig = z.object({ minBatch: z.number().int().min(2) });
const cache = new WeakMap<InsightClientConfig, { minBatch: number; at: number }>();
const FRESH_MS = 5 * 60_000;

/**
 * The minimum batch the leader aggregator enforces, as it states it (the figure the person is told
 * before opting in); remembered for five minutes, and the last known value kept if it is unreachable.
 */
export async function aggregatorMinBatch(client: InsightClientConfig): Promise<number> {
  const known = cache.get(client);
  if (known && Date.now() - known.at < FRESH_MS) return known.minBatch;
  try {
    const response = await (client.fetch ?? fetch)(new URL('/hpke-config', client.leaderUrl));
    if (!response.ok) throw new Error(`the leader answered ${response.status}`);
    const { minBatch } = TaskConfig.parse(await response.json());
    cache.set(client, { minBatch, at: Date.now() });
    return minBatch;
  } catch (cause) {
    if (known) return known.minBatch;
    throw new VerwonderError('unavailable', 'the insight aggregators cannot be reached', { cause });
  }
}
