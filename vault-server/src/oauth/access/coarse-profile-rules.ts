import type { CulturalRecord, Medium } from '@verwonder/shared';

/**
 * The rules the coarse profiles share (dna-profile.ts for `dna:read`, rank-profile.ts for
 * `suggestions:rank`): a behavioural feature counts only once this many items (`supportSource`)
 * have it, so no single one can be pinpointed; a stated interest weighs like several actions,
 * since the person said it.
 *
 * The minimum holds separately for the items the asking site wrote itself and for all others: a
 * site with `<category>:write` could otherwise add one item of its own by a guessed author and see
 * whether one record of the person's had made it two.
 */
export const MIN_SUPPORT = 2;
export const STATED_WEIGHT = 3;

/** A behavioural item a feature's support counts: which one, and whether the asking site wrote it. */
export interface SupportSource {
  readonly id: string;
  readonly askerWrote: boolean;
}

/**
 * What a behavioural record counts as towards MIN_SUPPORT: its item when it has one, since a
 * loan, its reservation and its return are one book (counted per record, one book would pass the
 * rule); otherwise the record itself. `askingClientId` is the client whose view this is
 * (undefined: no client, so no record is its own); the vault sets every client write's source, so
 * a record's `source.clientId` says exactly which client wrote it.
 */
export function supportSource(record: CulturalRecord, askingClientId?: string): SupportSource {
  const item = 'item' in record ? record.item : undefined;
  const askerWrote =
    askingClientId !== undefined &&
    record.source.type === 'client' &&
    record.source.clientId === askingClientId;
  return { id: item ? `item:${item.id}` : `record:${record.id}`, askerWrote };
}

/** The weight of one group of behavioural items, and the distinct items it came from. */
class SupportGroup {
  weight = 0;
  private readonly sources = new Set<string>();

  add(weight: number, id: string): void {
    this.weight += weight;
    this.sources.add(id);
  }

  /** Counts only once MIN_SUPPORT distinct items show the feature. */
  get supportedWeight(): number {
    return this.sources.size >= MIN_SUPPORT ? this.weight : 0;
  }
}

/**
 * One feature's tally: stated weight, and the asking site's items and everyone else's, each held
 * to MIN_SUPPORT on its own. Items below the minimum in a group add nothing, neither presence nor
 * weight, whatever else there is.
 */
export class FeatureTally {
  private stated = 0;
  private readonly asker = new SupportGroup();
  private readonly others = new SupportGroup();

  add(weight: number, source: SupportSource | 'stated'): void {
    if (source === 'stated') this.stated += weight;
    else (source.askerWrote ? this.asker : this.others).add(weight, source.id);
  }

  /** What the feature weighs in what a site sees. */
  get weight(): number {
    return this.stated + this.asker.supportedWeight + this.others.supportedWeight;
  }

  /** Whether the feature may shape what a site sees at all. */
  get shown(): boolean {
    return this.weight > 0;
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
  source: SupportSource | 'stated',
): void {
  const entry = map.get(key) ?? new FeatureTally();
  entry.add(weight, source);
  map.set(key, entry);
}
