import type { CulturalRecord, Medium } from '@verwonder/shared';

/**
 * The rules the coarse profiles share (dna-profile.ts for `dna:read`, rank-profile.ts for
 * `suggestions:rank`): a behavioural feature counts only once this many records have it, so no
 * single record can be pinpointed; a stated interest weighs like several actions, since the person
 * said it.
 */
export const MIN_SUPPORT = 2;
export const STATED_WEIGHT = 3;

/** The medium a record stands for, when its item does not say. */
export function recordMedium(record: CulturalRecord): Medium | undefined {
  if ('item' in record && record.item?.medium) return record.item.medium;
  if (record.category === 'loans') return 'read';
  if (
    record.category === 'tickets' ||
    record.category === 'visits' ||
    record.category === 'museum-app'
  )
    return 'experience';
  return undefined;
}
