import { CulturalRecord, VerwonderError } from '@verwonder/shared';
import type { StoredRecord } from '../storage/stores/records-store.ts';
import type { VaultStores } from '../storage/vault-storage.ts';
import type { VaultContext } from '../vault-context.ts';

export interface RecordWithEtag {
  record: CulturalRecord;
  etag: string;
}

/** Decrypts a stored record and checks it still matches the schema. */
export async function openRecord(
  ctx: VaultContext,
  db: VaultStores,
  stored: StoredRecord,
): Promise<RecordWithEtag> {
  const parsed = CulturalRecord.safeParse(await ctx.sealer.open(db, stored));
  if (!parsed.success)
    throw new VerwonderError(
      'storage_error',
      `record ${stored.id} no longer matches the record schema`,
    );
  return { record: parsed.data, etag: stored.etag };
}
