import type { CulturalRecord, Medium } from '@verwonder/shared';

/**
 * The rules the coarse profiles share (dna-profile.ts for `dna:read`, rank-profile.ts for
 * `suggestions:rank`): a behavioural feature counts only once this many items (`supportSource`)
 * have it, so no single one can be pinpointed; a stated interest weighs like several actions,
 * since the person said it.
 */
export const MIN_SUPPORT = 2;
export const STATED_WEIGHT = 3;

/**
 * What a behavioural record counts as towards MIN_SUPPORT: its item when it has one, since a
 * loan, its reservation and its return are one book (counted per record, one book would pass the
 * rule); otherwise the record itself.
 */
export function supportSource(record: CulturalRecord): string {
  const item = 'item' in record ? record.item : undefined;
  return item ? `item:${item.id}` : `record:${record.id}`;
}

/** Weight and support of one feature: the distinct sources that show it, or a stated interest. */
export class FeatureTally {
  weight = 0;
  private readonly sources = new Set<string>();
  private stated = false;

  add(weight: number, source: string | 'stated'): void {
    this.weight += weight;
    if (source === 'stated') this.stated = true;
    else this.sources.add(source);
  }

  /** Whether the feature may shape what a site sees: stated, or shown by MIN_SUPPORT sources. */
  get supported(): boolean {
    return this.stated || this.sources.size >= MIN_SUPPORT;
  }
}

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

/** Adds to the feature's tally in `map`, starting one when it has none. */
export function tally<K>(
  map: Map<K, FeatureTally>,
  key: K,
  weight: number,
  source: string | 'stated',
): void {
  const entry = map.get(key) ?? new FeatureTally();
  entry.add(weight, source);
  map.set(key, entry);
}
