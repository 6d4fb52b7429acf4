/**
 * The tab's budget (rank-budget.ts runs it): per tab and site, at most MAX_ITEM_SETS distinct item
 * sets in any WINDOW_MS; a set ranked already in that window is free. Kept in `storage.session`, as
 * the site's day is (daily-site-budget.ts): MV3 stops an idle worker after about 30 s and starts a
 * fresh one on the next message, so a budget in the worker's memory was new again for a page that
 * waited a moment. One record for all tabs, pruned at every count of what is past its window (a
 * tab's close going unheard included) and of a tab when it closes, so it holds no more than the
 * last minute's sets. The caller serialises the read-modify-writes (several tabs rank at once).
 */
import { number, record, string } from 'zod/mini';
import type { StorageArea } from '../control/storage-area.ts';

export const MAX_ITEM_SETS = 30;
export const WINDOW_MS = 60_000;

const KEY = 'rank-budget-minute';
/** Per tab (its id), per site: when each item set was last ranked (ms). */
const SpentSchema = record(string(), record(string(), record(string(), number())));
type Spent = Record<string, Record<string, Record<string, number>>>;

const read = async (session: StorageArea): Promise<Spent> => {
  const stored = SpentSchema.safeParse((await session.get(KEY))[KEY]);
  return stored.success ? stored.data : {};
};

/** Keeps what is nonempty; an empty record leaves storage altogether. */
const write = async (session: StorageArea, tabs: Spent): Promise<void> => {
  if (Object.keys(tabs).length === 0) await session.remove(KEY);
  else await session.set({ [KEY]: tabs });
};

/** The sets still within their window, every tab and site; spent ones (and what empties) go. */
const current = (tabs: Spent, now: number): Spent => {
  const kept: Spent = {};
  for (const [tab, sites] of Object.entries(tabs))
    for (const [site, sets] of Object.entries(sites)) {
      const live = Object.entries(sets).filter(([, time]) => now - time < WINDOW_MS);
      if (live.length > 0) (kept[tab] ??= {})[site] = Object.fromEntries(live);
    }
  return kept;
};

/** Whether the tab may have `itemSet` (a digest) ranked on `site` at `now`; counts it when it is. */
export async function allowsThisMinute(
  session: StorageArea,
  tabId: number,
  site: string,
  itemSet: string,
  now: number,
  log?: (text: string) => void,
): Promise<boolean> {
  const tabs = current(await read(session), now);
  const sets = tabs[tabId]?.[site] ?? {};
  if (!(itemSet in sets) && Object.keys(sets).length >= MAX_ITEM_SETS) {
    log?.(
      `Verwonder: ${site} changed its items more than ${MAX_ITEM_SETS} times a minute; its marks stay as they are for now.`,
    );
    return false;
  }
  tabs[tabId] = { ...tabs[tabId], [site]: { ...sets, [itemSet]: now } };
  await write(session, tabs);
  return true;
}

/** Drops what a closed tab spent. */
export async function forgetTabBudget(session: StorageArea, tabId: number): Promise<void> {
  const tabs = await read(session);
  if (!(tabId in tabs)) return;
  delete tabs[tabId];
  await write(session, tabs);
}
