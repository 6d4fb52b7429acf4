/**
 * The day's budget of a site, on top of the tab's (tab-minute-budget.ts; rank-budget.ts reads and
 * writes both together, one check at a time, as several tabs of a site rank at once): every item
 * set a page has ranked tells it, through the marks, something of the person's taste, and the tab's
 * budget is a rate that a page could keep up all day in as many tabs as it opens. So a site (all
 * its addresses together) has at most DAILY_ITEM_SETS distinct item sets ranked per UTC day,
 * whatever the tabs; a set ranked already that day is free. Kept in `storage.session` (dayKey), so
 * the worker's restarts do not empty it (gone when the browser closes). A person browsing a site,
 * searches included, stays far below it.
 */
import { array, object, string } from 'zod/mini';

export const DAILY_ITEM_SETS = 1000;

const KEY_PREFIX = 'rank-budget-day/';
const DayBudgetSchema = object({ day: string(), sets: array(string()) });
export type DayBudget = { day: string; sets: string[] };

/** Where the site's day is stored. */
export const dayKey = (site: string): string => KEY_PREFIX + site;

/**
 * Whether `site` may have `itemSet` (a digest) ranked on the day of `now`, given its `stored`
 * budget: `allowed`, and when the set is new today, the budget to store with it counted.
 */
export function spendToday(
  stored: unknown,
  site: string,
  itemSet: string,
  now: Date,
  log?: (text: string) => void,
): { allowed: boolean; next?: DayBudget } {
  const day = now.toISOString().slice(0, 10);
  const parsed = DayBudgetSchema.safeParse(stored);
  const sets = parsed.success && parsed.data.day === day ? parsed.data.sets : [];
  if (sets.includes(itemSet)) return { allowed: true };
  if (sets.length >= DAILY_ITEM_SETS) {
    log?.(
      `Verwonder: ${site} had ${DAILY_ITEM_SETS} different item sets ranked today; its marks stay as they are until tomorrow.`,
    );
    return { allowed: false };
  }
  return { allowed: true, next: { day, sets: [...sets, itemSet] } };
}
