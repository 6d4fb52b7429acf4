/**
 * The day's budget of a site, on top of the tab's (tab-minute-budget.ts; rank-budget.ts reads and
 * writes both together, one check at a time, as several tabs of a site rank at once): every item
 * set a page has ranked tells it, through the marks, something of the person's taste, and the tab's
 * budget is a rate that a page could keep up all day in as many tabs as it opens. So a site (all
 * its addresses together) has at most DAILY_ITEM_SETS distinct item sets ranked per UTC day,
 * whatever the tabs; a set ranked already that day is free. Kept in `storage.session` (DAY_KEY),
 * today's only, so the worker's restarts do not empty it (gone when the browser closes). A person
 * browsing a site, searches included, stays far below it.
 */
import { array, object, record, string } from 'zod/mini';

export const DAILY_ITEM_SETS = 1000;

/** Where the day is stored: one record for all sites, of one day only. */
export const DAY_KEY = 'rank-budget-day';
const DayBudgetSchema = object({ day: string(), sites: record(string(), array(string())) });
/** The UTC day (`2026-12-07`) and, per site, the item sets ranked on it. */
export type DayBudget = { day: string; sites: Record<string, string[]> };

/**
 * Whether `site` may have `itemSet` (a digest) ranked on the day of `now`, given the `stored`
 * record: `allowed`, and when the set is new today, the record to store with it counted. A record
 * of an earlier day is dropped whole then, every site's sets with it, so the stored day never
 * holds more than today.
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
  const sites = parsed.success && parsed.data.day === day ? parsed.data.sites : {};
  // Own properties only, whatever the site's name.
  const sets = Object.hasOwn(sites, site) ? sites[site]! : [];
  if (sets.includes(itemSet)) return { allowed: true };
  if (sets.length >= DAILY_ITEM_SETS) {
    log?.(
      `Verwonder: ${site} had ${DAILY_ITEM_SETS} different item sets ranked today; its marks stay as they are until tomorrow.`,
    );
    return { allowed: false };
  }
  return { allowed: true, next: { day, sites: { ...sites, [site]: [...sets, itemSet] } } };
}
