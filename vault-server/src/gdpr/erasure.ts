import { VerwonderError, type AuditActor, type DataCategoryId } from '@verwonder/shared';
import { appendAudit } from '../audit/audit-log.ts';
import { compactAfterErasure } from '../storage/maintenance.ts';
import type { VaultContext } from '../vault-context.ts';

/**
 * Erases a category: its data keys are destroyed (crypto-shredding: any copy of the ciphertext left
 * in a backup is now unreadable) and its rows deleted, in one transaction.
 */
export async function eraseCategory(
  ctx: VaultContext,
  pod: string,
  category: DataCategoryId,
  actor: AuditActor,
): Promise<number> {
  ctx.keys.evict(pod, category);
  const removed = await ctx.storage.transaction(async (tx) => {
    // Keys first: a write in another process that holds the key finishes before its records are
    // deleted; one that comes later finds no key and makes a new one.
    await tx.dataKeys.lockCategory(pod, category);
    const count = await tx.records.deleteCategory(pod, category);
    await tx.dataKeys.deleteCategory(pod, category);
    await appendAudit(tx, pod, {
      actor,
      action: 'erasure',
      category,
      detail: `category erased: ${count} records, data keys destroyed`,
    });
    return count;
  });
  ctx.keys.evict(pod, category);
  await compactAfterErasure(ctx.storage);
  ctx.logger.info({ pod, category, removed }, 'category erased');
  return removed;
}

/** Erases the whole account: keys, records, consents, passkeys, sessions and the audit log go. */
export async function eraseAccount(ctx: VaultContext, accountId: string): Promise<void> {
  const account = await ctx.storage.accounts.byId(accountId);
  if (!account) throw new VerwonderError('not_found', 'no such account');
  ctx.keys.evict(account.podName);
  await ctx.storage.transaction(async (tx) => {
    // The city sources first: an ingest locks its connection before the data key, so taking them in
    // the same order cannot deadlock, and an event in flight then finds no connection.
    await tx.connectedSources.disconnectAll(account.podName);
    await tx.dataKeys.lockCategory(account.podName);
    // Records before keys before the account: a data key cannot go while a record still uses it.
    await tx.records.deleteAll(account.podName);
    await tx.dataKeys.deleteAll(account.podName);
    await tx.accounts.delete(accountId);
    await tx.audit.deletePod(account.podName);
  });
  ctx.keys.evict(account.podName);
  await compactAfterErasure(ctx.storage);
  ctx.logger.info({ accountId }, 'account erased');
}
