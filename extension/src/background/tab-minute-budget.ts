/**
 * The tab's budget (rank-budget.ts reads and writes it, with the site's day, daily-site-budget.ts):
 * per tab and site, at most MAX_ITEM_SETS distinct item sets in any WINDOW_MS; a set ranked already
 * in that window is free. Kept in `storage.session` under MINUTE_KEY, as the site's day is: MV3
 * stops an idle worker after about 30 s and starts a fresh one on the next message, so a budget in
 * the worker's memory was new again for a page that waited a moment. One record for all tabs,
 * pruned at every count of what is past its window (a tab's close going unheard included) and of a
 * tab when it closes, so it holds no more than the last minute's sets. The caller serialises the
 * read-modify-writes (several tabs rank at once).
 */
import { number, record, string } from 'zod/mini';
import type { StorageArea } from '../control/storage-area.ts';

export const MAX_ITEM_SETS = 30;
export const WINDOW_MS = 60_000;

export const MINUTE_KEY = 'rank-budget-minute';
/** Per tab (its id), per site: when each item set was last ranked (ms). */
const SpentSchema = record(string(), record(string(), record(string(), number())));
export type MinuteSpent = Record<string, Record<string, Record<string, number>>>;

/** The stored record; whatever is stored that is not a budget counts as none. */
const parse = (stored: unknown): MinuteSpent => {
  const parsed = SpentSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
};

/** The sets still within their window, every tab and site; spent ones (and what empties) go. */
const current = (tabs: MinuteSpent, now: number): MinuteSpent => {
  const kept: MinuteSpent = {};
  for (const [tab, sites] of Object.entries(tabs))
    for (const [site, sets] of Object.entries(sites)) {
      const live = Object.entries(sets).filter(([, time]) => now - time < WINDOW_MS);
      if (live.length > 0) (kept[tab] ??= {})[site] = Object.fromEntries(live);
    }
  return kept;
};

/**
 * Whether the tab may have `itemSet` (a digest) ranked on `site` at `now`, given the `stored`
 * record: the record to store with it counted (pruned of what is past its window), or undefined
 * when the tab's minute is spent.
 */
export function spendThisMinute(
  stored: unknown,
  tabId: number,
  site: string,
  itemSet: string,
  now: number,
  log?: (text: string) => void,
): MinuteSpent | undefined {
  const tabs = current(parse(stored), now);
  const sets = tabs[tabId]?.[site] ?? {};
  if (!(itemSet in sets) && Object.keys(sets).length >= MAX_ITEM_SETS) {
    log?.(
      `Verwonder: ${site} changed its items more than ${MAX_ITEM_SETS} times a minute; its marks stay as they are for now.`,
    );
    return undefined;
  }
  tabs[tabId] = { ...tabs[tabId], [site]: { ...sets, [itemSet]: now } };
  return tabs;
}

/** Drops what a closed tab spent; an empty record leaves storage altogether. */
export async function forgetTabBudget(session: StorageArea, tabId: number): Promise<void> {
  const tabs = parse((await session.get(MINUTE_KEY))[MINUTE_KEY]);
  if (!(tabId in tabs)) return;
  delete tabs[tabId];
  if (Object.keys(tabs).length === 0) await session.remove(MINUTE_KEY);
  else await session.set({ [MINUTE_KEY]: tabs });
}
