import { DATA_CATEGORIES, DATA_CATEGORY_IDS, type DataCategoryId } from '@verwonder/shared';
import { appendAudit } from '../audit/audit-log.ts';
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
  for (const id of DATA_CATEGORY_IDS) {
    result[id] = overrides.has(id)
      ? (overrides.get(id) ?? null)
      : (DATA_CATEGORIES.get(id)?.defaultRetentionDays ?? null);
  }
  return result;
}

export interface PurgeResult {
  pod: string;
  category: DataCategoryId;
  removed: number;
}

/** Deletes records older than their category's retention, pod by pod, and logs what went. */
export async function purgeExpired(
  ctx: VaultContext,
  now: Date = new Date(),
): Promise<PurgeResult[]> {
  const results: PurgeResult[] = [];
  for (const pod of await ctx.storage.accounts.podNames()) {
    const retention = await retentionOf(ctx.storage, pod);
    for (const category of DATA_CATEGORY_IDS) {
      const days = retention[category];
      if (days === null) continue;
      const before = new Date(now.getTime() - days * DAY_MS).toISOString();
      const removed = await ctx.storage.transaction(async (tx) => {
        const ids = await tx.records.deleteOlderThan(pod, category, before);
        if (ids.length > 0) {
          await appendAudit(tx, pod, {
            actor: { type: 'system', job: 'retention-purge' },
            action: 'retention-purge',
            category,
            recordIds: ids,
            detail: `${ids.length} records older than ${days} days removed`,
          });
        }
        return ids.length;
      });
      if (removed > 0) {
        results.push({ pod, category, removed });
        ctx.logger.info(
          { pod, category, removed, olderThan: before },
          'retention purge removed records',
        );
      }
    }
  }
  return results;
}
