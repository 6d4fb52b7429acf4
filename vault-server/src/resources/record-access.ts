import { CulturalRecord, type DataCategoryId } from '@verwonder/shared';
import {
  createRecord,
  deleteRecord,
  getRecord,
  listRecords,
  replaceRecord,
  type Access,
  type ListQuery,
  type RecordWithEtag,
} from './record-service.ts';
import type { VaultContext } from '../vault-context.ts';
import { retentionCutOffs } from './retention-cut-off.ts';

/** The record operations of the container routes, for the owner and for clients alike; each audits itself with the actor and purpose given. */
export interface RecordAccess {
  list(
    pod: string,
    category: DataCategoryId,
    query: ListQuery,
    access: Access,
  ): Promise<{ items: RecordWithEtag[]; next: string | undefined; searched?: number }>;
  get(pod: string, category: DataCategoryId, id: string, access: Access): Promise<RecordWithEtag>;
  create(
    pod: string,
    category: DataCategoryId,
    body: unknown,
    access: Access,
    idempotencyKey?: string,
  ): Promise<RecordWithEtag & { created: boolean }>;
  replace(
    pod: string,
    category: DataCategoryId,
    id: string,
    body: unknown,
    ifMatch: string | undefined,
    access: Access,
  ): Promise<RecordWithEtag & { sent: CulturalRecord }>;
  delete(
    pod: string,
    category: DataCategoryId,
    id: string,
    access: Access,
    ifMatch?: string,
  ): Promise<void>;
  /**
   * Decrypted records of the given categories (at most `limit` each), for derived views; the caller
   * audits the view. A category the owner keeps out of personalisation gives none, and records past
   * the category's retention are left out even before the purge has run.
   */
  sample(
    pod: string,
    categories: readonly DataCategoryId[],
    limit: number,
  ): Promise<CulturalRecord[]>;
  /** Whether the owner lets the category be used for personalisation (containers say so). */
  personalised(pod: string, category: DataCategoryId): Promise<boolean>;
}

/** `RecordAccess` on the vault's record service: encryption, validation, ETags, idempotency and audit. */
export function vaultRecordAccess(ctx: VaultContext): RecordAccess {
  return {
    list: (pod, category, query, access) => listRecords(ctx, pod, category, query, access),
    get: (pod, category, id, access) => getRecord(ctx, pod, category, id, access),
    create: (pod, category, body, access, key) =>
      createRecord(ctx, pod, category, body, access, key),
    replace: (pod, category, id, body, ifMatch, access) =>
      replaceRecord(ctx, pod, category, id, body, ifMatch, access),
    delete: (pod, category, id, access, ifMatch) =>
      deleteRecord(ctx, pod, category, id, access, ifMatch),
    async sample(pod, categories, limit) {
      const out: CulturalRecord[] = [];
      const off = await ctx.storage.personalisation.offCategories(pod);
      const cutOffs = await retentionCutOffs(ctx.storage, pod);
      for (const category of categories) {
        if (off.has(category)) continue;
        const from = cutOffs[category] ?? undefined;
        for (const stored of await ctx.storage.records.list(pod, category, { from, limit })) {
          const parsed = CulturalRecord.safeParse(await ctx.sealer.open(ctx.storage, stored));
          if (parsed.success) out.push(parsed.data);
        }
      }
      return out;
    },
    personalised: (pod, category) => ctx.storage.personalisation.isOn(pod, category),
  };
}
