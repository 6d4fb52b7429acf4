/**
 * What the person already has in their history, so that it is labelled "Ken je al" when it is marked (with-known.ts): the item ids
 * of their records, and the titles of what they borrowed, bought a ticket for or visited (a loan
 * typed by hand has no catalogue id, only a title).
 */
import type { CategoryId } from '../control/categories.ts';
import type { PageItem } from '../page/page-item.ts';
import type { TasteRecord } from './taste-record.ts';

/** Categories whose records mean the person read, saw or went to the item. */
const CONSUMED: ReadonlySet<CategoryId> = new Set(['loans', 'tickets', 'visits', 'museum-app']);

/** "The Hunger Games (The Hunger Games, #1)" and "the hunger games" are one title. */
export function titleKey(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface HistoryItems {
  has(item: Pick<PageItem, 'id' | 'name'>): boolean;
  /** The records that make the item one the person had (none: it is new to them). */
  recordsOf(item: Pick<PageItem, 'id' | 'name'>): TasteRecord[];
}

export function historyItems(records: readonly TasteRecord[]): HistoryItems {
  const ids = new Map<string, TasteRecord[]>();
  const titles = new Map<string, TasteRecord[]>();
  const add = (map: Map<string, TasteRecord[]>, key: string, record: TasteRecord) =>
    map.set(key, [...(map.get(key) ?? []), record]);
  for (const record of records) {
    if (record.itemId) add(ids, record.itemId, record);
    if (CONSUMED.has(record.category)) {
      const key = titleKey(record.label);
      if (key) add(titles, key, record);
    }
  }
  const recordsOf = (item: Pick<PageItem, 'id' | 'name'>) => [
    ...new Set([...(ids.get(item.id) ?? []), ...(titles.get(titleKey(item.name)) ?? [])]),
  ];
  return { has: (item) => recordsOf(item).length > 0, recordsOf };
}
