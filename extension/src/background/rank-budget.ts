/**
 * How many different item sets one tab may have ranked: every set a page shows and has ranked
 * tells it, through the marks, something of the person's records, so a page swapping in guess
 * after guess could probe them without end. Per tab, at most MAX_ITEM_SETS distinct sets in any
 * WINDOW_MS; a set ranked already in that window is free. Beyond it the page keeps the marks it
 * has. Forgotten when the tab closes or shows another site.
 */
export const MAX_ITEM_SETS = 30;
export const WINDOW_MS = 60_000;

export interface RankBudget {
  /** Whether the tab may have this item set (a digest) ranked now; counts it when it is new. */
  allows(tabId: number, origin: string, itemSet: string): boolean;
  forget(tabId: number): void;
}

export function rankBudget(options: { now(): number; log?(text: string): void }): RankBudget {
  const tabs = new Map<number, { origin: string; seen: Map<string, number> }>();
  return {
    allows(tabId, origin, itemSet) {
      const now = options.now();
      let tab = tabs.get(tabId);
      if (!tab || tab.origin !== origin) {
        tab = { origin, seen: new Map() };
        tabs.set(tabId, tab);
      }
      for (const [set, time] of tab.seen) if (now - time >= WINDOW_MS) tab.seen.delete(set);
      if (!tab.seen.has(itemSet) && tab.seen.size >= MAX_ITEM_SETS) {
        options.log?.(
          `Verwonder: ${origin} changed its items more than ${MAX_ITEM_SETS} times a minute; its marks stay as they are for now.`,
        );
        return false;
      }
      tab.seen.set(itemSet, now);
      return true;
    },
    forget: (tabId) => void tabs.delete(tabId),
  };
}
