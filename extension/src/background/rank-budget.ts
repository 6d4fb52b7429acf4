/**
 * How many different item sets one tab may have ranked on a site: every set a page shows and has
 * ranked tells it, through the marks, something of the person's records, so a page swapping in
 * guess after guess could probe them without end. Per tab and site, at most MAX_ITEM_SETS distinct
 * sets in any WINDOW_MS; a set ranked already in that window is free. Beyond it the page keeps the
 * marks it has. A site is all its addresses (`siteGroupOf`: 127.0.0.1 and localhost on one port
 * are one site), and what a tab spent on one site stays counted while it shows another: a page
 * going from one of its addresses to the other, or away and back, starts no new budget.
 * Forgotten when the tab closes.
 */
export const MAX_ITEM_SETS = 30;
export const WINDOW_MS = 60_000;

export interface RankBudget {
  /** Whether the tab may have this item set (a digest) ranked on `site` now; counts it when it is new. */
  allows(tabId: number, site: string, itemSet: string): boolean;
  forget(tabId: number): void;
  /** Where refusals are told (the console), for the day's budget too. */
  log?: ((text: string) => void) | undefined;
}

export function rankBudget(options: { now(): number; log?(text: string): void }): RankBudget {
  /** Per tab, per site: when each item set was last ranked. */
  const tabs = new Map<number, Map<string, Map<string, number>>>();
  return {
    allows(tabId, site, itemSet) {
      const now = options.now();
      const sites = tabs.get(tabId) ?? new Map<string, Map<string, number>>();
      tabs.set(tabId, sites);
      const seen = sites.get(site) ?? new Map<string, number>();
      sites.set(site, seen);
      for (const [set, time] of seen) if (now - time >= WINDOW_MS) seen.delete(set);
      if (!seen.has(itemSet) && seen.size >= MAX_ITEM_SETS) {
        options.log?.(
          `Verwonder: ${site} changed its items more than ${MAX_ITEM_SETS} times a minute; its marks stay as they are for now.`,
        );
        return false;
      }
      seen.set(itemSet, now);
      return true;
    },
    forget: (tabId) => void tabs.delete(tabId),
    log: options.log,
  };
}
