/**
 * The day's budget of a site, on top of the tab's (tab-minute-budget.ts; rank-budget.ts runs both,
 * one check at a time, as several tabs of a site rank at once): every item set a page has ranked
 * tells it, through the marks, something of the person's taste, and the tab's budget is a rate that
 * a page could keep up all day in as many tabs as it opens. So a site (all its addresses together)
 * has at most DAILY_ITEM_SETS distinct item sets ranked per UTC day, whatever the tabs; a set
 * ranked already that day is free. Kept in `storage.session`, so the worker's restarts do not
 * empty it (gone when the browser closes). A person browsing a site, searches included, stays far
 * below it.
 */
import { array, object, string } from 'zod/mini';
import type { StorageArea } from '../control/storage-area.ts';

export const DAILY_ITEM_SETS = 1000;

const KEY_PREFIX = 'rank-budget-day/';
const DayBudget = object({ day: string(), sets: array(string()) });

/** Whether `site` may have `itemSet` (a digest) ranked today; counts it when it is new. */
export async function allowsToday(
  session: StorageArea,
  site: string,
  itemSet: string,
  now: Date,
  log?: (text: string) => void,
): Promise<boolean> {
  const key = KEY_PREFIX + site;
  const day = now.toISOString().slice(0, 10);
  const stored = DayBudget.safeParse((await session.get(key))[key]);
  const sets = stored.success && stored.data.day === day ? stored.data.sets : [];
  if (sets.includes(itemSet)) return true;
  if (sets.length >= DAILY_ITEM_SETS) {
    log?.(
      `Verwonder: ${site} had ${DAILY_ITEM_SETS} different item sets ranked today; its marks stay as they are until tomorrow.`,
    );
    return false;
  }
  await session.set({ [key]: { day, sets: [...sets, itemSet] } });
  return true;
}
