import { VerwonderError } from '@verwonder/shared';
import type { SqlExecutor } from '../../storage/sql-driver.ts';
import { LAYOUT_VERSION } from '../figures-layout.ts';
import type { InsightVdaf } from '../prio/insight-vdaf.ts';
import type { AggregateShareWire } from '../prio/report-wire.ts';
import {
  addAggregate,
  decodeAggregate,
  encodeAggregate,
  zeroAggregate,
} from '../prio/share-codec.ts';
import { aggregatorStore } from '../storage/aggregator-store.ts';

export interface CollectContext {
  role: 'leader' | 'helper';
  minBatch: number;
  vdaf: InsightVdaf;
}

/** A report for a week already collected: it can never be counted (the vault stops retrying it). */
export const batchClosed = (): VerwonderError =>
  new VerwonderError('unprocessable', 'report rejected: the batch is already collected', {
    details: { reason: 'batch_closed' },
  });

const tooSmall = (minBatch: number) =>
  new VerwonderError('conflict', `the batch has fewer than ${minBatch} reports`);

/**
 * Hands out a batch's aggregate share and closes the batch (in the caller's transaction). The leader
 * also names the reports it accepted; the helper sums exactly those of its kept output shares, so
 * both shares are over the same reports whatever the leader refused after the helper had answered.
 * The helper refuses, and stays open, when it lacks any of them.
 */
export async function collectBatch(
  tx: SqlExecutor,
  context: CollectContext,
  batch: string,
  reportIds?: readonly string[],
): Promise<AggregateShareWire> {
  const { role, minBatch, vdaf } = context;
  const store = aggregatorStore(tx);
  const row = await store.lockBatch(batch, encodeAggregate(vdaf, zeroAggregate(vdaf)));
  if (row.layout !== LAYOUT_VERSION)
    throw new VerwonderError('conflict', 'the batch is in an older figures layout');
  if (role === 'leader') {
    if (row.reports < minBatch) throw tooSmall(minBatch);
    if (!row.collectedAt) await store.saveBatch({ ...row, collectedAt: new Date().toISOString() });
    const share = row.aggregate.toString('base64url');
    return { batch, reports: row.reports, share, reportIds: await store.reportIds(batch) };
  }
  if (row.collectedAt)
    return { batch, reports: row.reports, share: row.aggregate.toString('base64url') };
  if (!reportIds)
    throw new VerwonderError('invalid_input', "the helper sums the leader's reports: name them");
  const ids = [...new Set(reportIds)];
  if (ids.length < minBatch) throw tooSmall(minBatch);
  const pending = await store.pending(batch);
  const missing = ids.filter((id) => !pending.has(id)).length;
  if (missing > 0)
    throw new VerwonderError(
      'conflict',
      `the helper holds no share of ${missing} of the leader's reports`,
    );
  // Never two reports of one person: only a retry adds a second share, and the leader accepts one.
  const uploaders = await store.pendingUploaders(batch);
  const people = ids.map((id) => uploaders.get(id) ?? id);
  if (new Set(people).size !== ids.length)
    throw new VerwonderError('conflict', "two of the leader's reports are one person's");
  let sum = zeroAggregate(vdaf);
  for (const id of ids) sum = addAggregate(vdaf, sum, decodeAggregate(vdaf, pending.get(id)!));
  const aggregate = encodeAggregate(vdaf, sum);
  await store.saveBatch({
    ...row,
    reports: ids.length,
    aggregate,
    collectedAt: new Date().toISOString(),
  });
  // What the leader refused is dropped with the rest: nothing of a report outlives its batch.
  await store.dropPending(batch);
  return { batch, reports: ids.length, share: aggregate.toString('base64url') };
}
