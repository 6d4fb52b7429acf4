/**
 * What the person already has in their history, so that it is never offered as new: the item ids
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
}

export function historyItems(records: readonly TasteRecord[]): HistoryItems {
  const ids = new Set<string>();
  const titles = new Set<string>();
  for (const record of records) {
    if (record.itemId) ids.add(record.itemId);
    if (CONSUMED.has(record.category)) {
      const key = titleKey(record.label);
      if (key) titles.add(key);
    }
  }
  return { has: (item) => ids.has(item.id) || titles.has(titleKey(item.name)) };
}
