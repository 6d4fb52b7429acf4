import { VerwonderError, type DataCategoryId } from '@verwonder/shared';
import { retentionOf } from '../gdpr/retention.ts';
import type { VaultStores } from '../storage/vault-storage.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The oldest record time (ISO, UTC) the pod keeps in a category, or `null` when it keeps all. The
 * purge deletes records before this time; reads and writes treat them as gone already, so what the
 * person asked to be deleted never feeds a view between two purges (or with the timer off).
 */
export type CutOff = string | null;

export function cutOffFor(days: number | null, now: Date = new Date()): CutOff {
  if (days === null) return null;
  const cutOff = new Date(now.getTime() - days * DAY_MS);
  // A period beyond any date (the purge skips it too) keeps everything.
  return Number.isNaN(cutOff.getTime()) ? null : cutOff.toISOString();
}

/** The cut-off of every category of the pod, from one read of its retention choices. */
export async function retentionCutOffs(
  db: VaultStores,
  pod: string,
  now: Date = new Date(),
): Promise<Record<DataCategoryId, CutOff>> {
  const days = await retentionOf(db, pod);
  const out = {} as Record<DataCategoryId, CutOff>;
  for (const category of Object.keys(days) as DataCategoryId[])
    out[category] = cutOffFor(days[category], now);
  return out;
}

export async function retentionCutOff(
  db: VaultStores,
  pod: string,
  category: DataCategoryId,
): Promise<CutOff> {
  return cutOffFor((await retentionOf(db, pod))[category]);
}

/** Whether a record of this time is past the pod's retention (stored times are ISO UTC). */
export const isPastRetention = (time: string, cutOff: CutOff): boolean =>
  cutOff !== null && new Date(time).toISOString() < cutOff;

/** The one sentence every refusal uses, so imports, POST/PUT and the stream say the same. */
export const pastRetentionMessage = (category: DataCategoryId, cutOff: string): string =>
  `the record's time is before ${cutOff}: this pod's retention period for ${category} has already deleted it (to keep older ${category} records, lengthen that retention period first)`;

/** Refuses a record the person's retention already says to delete (422, reason `past_retention`). */
export function refusePastRetention(category: DataCategoryId, time: string, cutOff: CutOff): void {
  if (cutOff !== null && isPastRetention(time, cutOff))
    throw new VerwonderError('unprocessable', pastRetentionMessage(category, cutOff), {
      details: { reason: 'past_retention', retainedFrom: cutOff },
    });
}
