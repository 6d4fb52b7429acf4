import { DataCategoryId, VerwonderError } from '@verwonder/shared';
import { appendAudit } from '../audit/audit-log.ts';
import type { DataKeys } from './data-keys.ts';
import type { RecordSealer } from './record-sealer.ts';
import type { VaultStores } from '../storage/vault-storage.ts';

export interface RotateDataKeyResult {
  version: number;
  reencrypted: number;
}

/**
 * Gives a pod's category a new data key, re-encrypts its records in batches and then deletes the old
 * key. A run that finds older versions left behind (an interrupted run) finishes those first.
 */
export async function rotateDataKey(
  db: VaultStores,
  keys: DataKeys,
  sealer: RecordSealer,
  pod: string,
  category: string,
  batchSize = 200,
): Promise<RotateDataKeyResult | undefined> {
  const versions = (await db.dataKeys.list(pod)).filter((key) => key.category === category);
  const active = versions.find((key) => key.active);
  if (!active) return undefined;
  const unfinished = versions.some((key) => key.version < active.version);
  const target = unfinished ? active.version : (await keys.create(db, pod, category)).version;

  let reencrypted = 0;
  for (;;) {
    const batch = await db.records.withKeyVersionBelow(pod, category, target, batchSize);
    if (batch.length === 0) break;
    for (const record of batch) {
      const body = await sealer.open(db, record);
      const sealed = await sealer.seal(db, pod, category, record.id, body);
      // Same ETag: the content did not change. A concurrent PUT wins; its write already uses the new key.
      if (await db.records.replace({ ...record, ...sealed }, record.etag)) reencrypted += 1;
    }
  }
  for (const key of versions) {
    if (key.version >= target) continue;
    // Refused by the database while a record still uses the key (one written during the run).
    await db.dataKeys.delete(pod, category, key.version).catch((cause: unknown) => {
      throw new VerwonderError(
        'conflict',
        `records of ${pod}/${category} still use data key v${key.version}; run the rotation again`,
        { cause },
      );
    });
  }
  keys.evict(pod, category);
  await appendAudit(db, pod, {
    actor: { type: 'system', job: 'rotate-data-keys' },
    action: 'key-rotated',
    category: DataCategoryId.parse(category),
    detail: `data key v${target}; ${reencrypted} records re-encrypted; older keys destroyed`,
  });
  return { version: target, reencrypted };
}
