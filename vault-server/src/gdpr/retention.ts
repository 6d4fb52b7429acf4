import { DATA_CATEGORIES, DATA_CATEGORY_IDS, type DataCategoryId } from '@verwonder/shared';
import { appendAuditBatch, type AuditEvent } from '../audit/audit-log.ts';
import type { VaultStores } from '../storage/vault-storage.ts';
import type { VaultContext } from '../vault-context.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days each category of the pod is kept: the registry default unless the owner chose otherwise. */
export async function retentionOf(
  db: VaultStores,
  pod: string,
): Promise<Record<DataCategoryId, number | null>> {
  const overrides = await db.retention.overrides(pod);
  const result = {} as Record<DataCategoryId, number | null>;
  for (const id of DATA_CATEGORY_IDS)
    result[id] = retentionDays(id, overrides.has(id) ? (overrides.get(id) ?? null) : undefined);
  return result;
}

/**
 * Days one category is kept, from the owner's choice for it (`undefined`: none made, so the
 * registry default; `null`: keep until deleted).
 */
export const retentionDays = (category: DataCategoryId, chosen: number | null | undefined) =>
  chosen === undefined ? (DATA_CATEGORIES.get(category)?.defaultRetentionDays ?? null) : chosen;

export interface PurgeResult {
  pod: string;
  category: DataCategoryId;
  removed: number;
}

/**
 * Deletes records older than their category's retention across all pods, set-based: per category one
 * delete for the registry default and one per period owners chose (records' times are in the clear,
 * so no key is needed), in batches; each pod with removed records gets one audit entry per batch, in
 * the same transaction. Only pods with expired records cost anything.
 */
export async function purgeExpired(
  ctx: VaultContext,
  now: Date = new Date(),
  batchSize = 1000,
  /** Shutdown: stop after the batch under way (the next run picks up the rest). */
  signal?: AbortSignal,
): Promise<PurgeResult[]> {
  const results = new Map<string, PurgeResult>();
  for (const category of DATA_CATEGORY_IDS) {
    const fallback = DATA_CATEGORIES.get(category)?.defaultRetentionDays ?? null;
    const periods: { days: number; chosen: boolean }[] = [
      ...(fallback === null ? [] : [{ days: fallback, chosen: false }]),
      ...(await ctx.storage.retention.chosenDays(category)).map((days) => ({ days, chosen: true })),
    ];
    for (const { days, chosen } of periods) {
      const cutOff = new Date(now.getTime() - days * DAY_MS);
      if (Number.isNaN(cutOff.getTime())) {
        // A period beyond any date (stored before periods were bounded) keeps everything; one
        // pod's choice must never stop the purge for the others.
        ctx.logger.warn({ category, days }, 'retention period beyond any date: nothing to purge');
        continue;
      }
      const before = cutOff.toISOString();
      while (!signal?.aborted) {
        const removed = await ctx.storage.transaction(async (tx) => {
          const rows = await tx.records.deleteExpired(
            category,
            before,
            chosen ? days : undefined,
            batchSize,
          );
          await auditPurge(tx, category, days, rows);
          return rows;
        });
        for (const row of removed) {
          const key = `${row.pod}|${category}`;
          const result = results.get(key) ?? { pod: row.pod, category, removed: 0 };
          result.removed += 1;
          results.set(key, result);
        }
        if (removed.length < batchSize) break;
      }
    }
  }
  const list = [...results.values()];
  if (list.length > 0)
    ctx.logger.info(
      {
        pods: new Set(list.map((r) => r.pod)).size,
        removed: list.reduce((n, r) => n + r.removed, 0),
      },
      'retention purge removed records',
    );
  return list;
}

/**
 * One entry per pod, all heads locked at once by appendAuditBatch, so in the one order the read-audit
 * batcher of any process uses too (not pod by pod, which deadlocked with it where the database's
 * collation sorts pods otherwise than byte order).
 */
async function auditPurge(
  tx: VaultStores,
  category: DataCategoryId,
  days: number,
  rows: readonly { pod: string; id: string; time: string }[],
): Promise<void> {
  const byPod = new Map<string, { id: string; time: string }[]>();
  for (const row of rows) {
    const list = byPod.get(row.pod);
    if (list) list.push(row);
    else byPod.set(row.pod, [row]);
  }
  const at = new Date();
  const entries = new Map<string, { event: AuditEvent; at: Date }[]>();
  for (const [pod, list] of byPod) {
    const ids = list
      .sort((a, b) => (a.time === b.time ? (a.id < b.id ? -1 : 1) : a.time < b.time ? -1 : 1))
      .map((row) => row.id);
    const event: AuditEvent = {
      actor: { type: 'system', job: 'retention-purge' },
      action: 'retention-purge',
      category,
      recordIds: ids,
      detail: `${ids.length} records older than ${days} days removed`,
    };
    entries.set(pod, [{ event, at }]);
  }
  await appendAuditBatch(tx, entries);
}
