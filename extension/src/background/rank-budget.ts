/**
 * How many different item sets a page may have ranked: every set a page shows and has ranked tells
 * it, through the marks, something of the person's records, so a page swapping in guess after
 * guess could probe them without end. Two budgets, both kept in `storage.session` so the worker's
 * restarts do not renew them: the tab's, MAX_ITEM_SETS distinct sets a minute per site
 * (tab-minute-budget.ts), and the site's, DAILY_ITEM_SETS a day whatever the tabs
 * (daily-site-budget.ts). Beyond either the page keeps the marks it has. A site is all its
 * addresses (`siteGroupOf`: 127.0.0.1 and localhost on one port are one site), and what a tab
 * spent on one site stays counted while it shows another: a page going from one of its addresses
 * to the other, or away and back, starts no new budget. A tab's is forgotten when it closes.
 */
import type { StorageArea } from '../control/storage-area.ts';
import { serial } from '../vault/serial.ts';
import { DAY_KEY, spendToday } from './daily-site-budget.ts';
import { forgetTabBudget, MINUTE_KEY, spendThisMinute } from './tab-minute-budget.ts';

export interface RankBudget {
  /** Whether the tab may have this item set (a digest) ranked on `site` now; counts it when it is new. */
  allows(tabId: number, site: string, itemSet: string): Promise<boolean>;
  forget(tabId: number): Promise<void>;
}

export function rankBudget(options: {
  session: StorageArea;
  now(): number;
  /** Where refusals are told (the console). */
  log?(text: string): void;
}): RankBudget {
  const { session } = options;
  const log = options.log?.bind(options);
  // Tabs rank at once, and each check reads the stored budgets and writes them back: one at a
  // time, so no tab's count overwrites another's. Both budgets in one read and one write.
  const oneAtATime = serial();
  return {
    allows: (tabId, site, itemSet) =>
      oneAtATime(async () => {
        const now = options.now();
        const stored = await session.get([MINUTE_KEY, DAY_KEY]);
        const minute = spendThisMinute(stored[MINUTE_KEY], tabId, site, itemSet, now, log);
        if (!minute) return false;
        // The tab's minute counts the set even when the site's day refuses it: the page asked.
        const today = spendToday(stored[DAY_KEY], site, itemSet, new Date(now), log);
        await session.set({
          [MINUTE_KEY]: minute,
          ...(today.next ? { [DAY_KEY]: today.next } : {}),
        });
        return today.allowed;
      }),
    forget: (tabId) => oneAtATime(() => forgetTabBudget(session, tabId)),
  };
}
