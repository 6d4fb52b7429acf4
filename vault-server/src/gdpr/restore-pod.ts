import {
  ConsentGrant,
  CulturalRecord,
  DATA_CATEGORY_IDS,
  DataCategoryId,
  VerwonderError,
} from '@verwonder/shared';
import { z } from 'zod';
import { appendAudit, OWNER } from '../audit/audit-log.ts';
import { webIdOf } from '../auth/passkey-ceremonies.ts';
import { idempotencyKeyOf, newId } from '../resources/record-service.ts';
import { isPastRetention, retentionCutOffs } from '../resources/retention-cut-off.ts';
import { isUniqueViolation } from '../storage/sql-driver.ts';
import { CITY_KEY_PREFIX } from '../streams/event-to-record.ts';
import type { Account } from '../storage/stores/accounts-store.ts';
import type { VaultContext } from '../vault-context.ts';
import { EXPORT_TYPE } from './export-pod.ts';
import { RetentionDays } from './retention-days.ts';

const strip = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { '@context': _c, '@type': _t, '@id': _i, ...rest } = value as Record<string, unknown>;
  return rest;
};

const ExportDocument = z
  .object({
    '@type': z.literal(EXPORT_TYPE),
    records: z.partialRecord(
      DataCategoryId,
      z.array(z.preprocess(strip, CulturalRecord)).max(1_000_000),
    ),
    consents: z.array(z.preprocess(strip, ConsentGrant)).default([]),
    retention: z.partialRecord(DataCategoryId, RetentionDays.nullable()).default({}),
    /** Exports before the personalisation switch have none: every category on. */
    personalisationOff: z.array(DataCategoryId).max(DATA_CATEGORY_IDS.length).default([]),
  })
  .superRefine((doc, issues) => {
    // A record keeps its id in the pod: ids must be unique. Idempotency keys may repeat (restoredKey).
    const ids = new Set<string>();
    for (const [category, records] of Object.entries(doc.records)) {
      records?.forEach((record, index) => {
        if (ids.has(record.id))
          issues.addIssue({
            code: 'custom',
            path: ['records', category, index, 'id'],
            message: `the id ${record.id} is listed twice`,
          });
        ids.add(record.id);
      });
    }
    // A grant is stored under its id: a second one would replace the first.
    const grantIds = new Set<string>();
    doc.consents.forEach((grant, index) => {
      if (grantIds.has(grant.id))
        issues.addIssue({
          code: 'custom',
          path: ['consents', index, 'id'],
          message: `the grant id ${grant.id} is listed twice`,
        });
      grantIds.add(grant.id);
    });
  });

/**
 * The key a restored record is indexed under: in the key space of the writer its source names, as
 * `idempotencyKeyOf` put it (a client's own, else the owner's; the city stream writes the owner's).
 * The export holds the key as the writer sent it, and the vault's own export may repeat one in a
 * space: a site may reuse the owner's key in its own space and then edit the owner's record, which
 * keeps its key but names the site. The first record then keeps the key for retries, the others only
 * in their bodies, so the vault always restores its own export.
 */
function restoredKey(record: CulturalRecord, taken: Set<string>): string | null {
  const key = record.idempotencyKey;
  if (key === undefined) return null;
  const stored =
    record.source.type === 'client' && !key.startsWith(CITY_KEY_PREFIX)
      ? idempotencyKeyOf({ type: 'client', clientId: record.source.clientId }, key)
      : key;
  if (taken.has(stored)) return null;
  taken.add(stored);
  return stored;
}

/**
 * Restores an export into a new, empty pod: records keep their ids (links to them stay meaningful),
 * grants move to the new WebID, retention choices and the categories kept out of personalisation
 * come along. Records the restored retention choices have already deleted are left out and counted
 * (`pastRetention`), as every other way in refuses them. The old audit log stays in the export
 * file: a new pod starts its own chain, which records the import.
 */
export async function restorePod(
  ctx: VaultContext,
  account: Account,
  document: unknown,
): Promise<{ records: number; consents: number; pastRetention: number }> {
  const parsed = ExportDocument.safeParse(document);
  if (!parsed.success) {
    throw new VerwonderError('invalid_input', 'not a Verwonder pod export', {
      details: {
        errors: parsed.error.issues
          .slice(0, 50)
          .map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      },
    });
  }
  const pod = account.podName;
  // Empty as the person sees it: rows past retention that the purge has not removed yet do not count.
  const counts = await ctx.storage.records.counts(pod, await retentionCutOffs(ctx.storage, pod));
  if ([...counts.values()].some((count) => count > 0))
    throw new VerwonderError('conflict', 'restore into an empty pod');
  const now = new Date().toISOString();
  let total = 0;
  let pastRetention = 0;
  await restoreInOne(ctx, async (tx) => {
    // Rows the pod's retention has deleted for every reader (the purge has not run yet) go now:
    // the restored choices, written next, must not bring them back.
    const current = await retentionCutOffs(tx, pod);
    for (const category of DATA_CATEGORY_IDS) {
      const cutOff = current[category];
      const gone = cutOff === null ? [] : await tx.records.deleteOlderThan(pod, category, cutOff);
      if (gone.length > 0)
        await appendAudit(tx, pod, {
          actor: { type: 'system', job: 'retention-purge' },
          action: 'retention-purge',
          category,
          recordIds: gone,
          detail: `${gone.length} records past retention removed before a restore`,
        });
    }
    // Retention next: the restored choices decide which records the pod may keep.
    for (const [category, days] of Object.entries(parsed.data.retention))
      await tx.retention.set(pod, category, days ?? null);
    const cutOffs = await retentionCutOffs(tx, pod);
    for (const category of DATA_CATEGORY_IDS) {
      const keys = new Set<string>();
      for (const record of parsed.data.records[category] ?? []) {
        if (record.category !== category)
          throw new VerwonderError(
            'invalid_input',
            `a ${record.category} record is listed under ${category}`,
          );
        if (isPastRetention(record.time, cutOffs[category])) {
          pastRetention += 1;
          continue;
        }
        const sealed = await ctx.sealer.seal(tx, pod, category, record.id, record);
        await tx.records.insert({
          pod,
          id: record.id,
          category,
          time: new Date(record.time).toISOString(),
          ...sealed,
          etag: newId(),
          idempotencyKey: restoredKey(record, keys),
          createdAt: now,
          updatedAt: now,
        });
        total += 1;
      }
    }
    for (const grant of parsed.data.consents) {
      await tx.consents.put(
        pod,
        grant.id,
        JSON.stringify({ ...grant, webId: webIdOf(ctx, pod) }),
        grant.createdAt,
      );
    }
    for (const category of parsed.data.personalisationOff)
      await tx.personalisation.set(pod, category, false, now);
    await appendAudit(tx, pod, {
      actor: OWNER,
      action: 'pod-imported',
      detail: `${total} records, ${parsed.data.consents.length} grants restored${pastRetention ? `; ${pastRetention} records past retention left out` : ''}`,
    });
  });
  return { records: total, consents: parsed.data.consents.length, pastRetention };
}

/** The restore's one transaction; a clash the document's checks missed is the sender's conflict. */
async function restoreInOne(
  ctx: VaultContext,
  work: Parameters<VaultContext['storage']['transaction']>[0],
): Promise<void> {
  try {
    await ctx.storage.transaction(work);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new VerwonderError('conflict', 'the export lists something twice');
    throw error;
  }
}
