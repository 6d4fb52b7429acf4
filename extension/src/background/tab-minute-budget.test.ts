import { expect, it } from 'vitest';

import { memoryStorageArea } from '../control/storage-area.ts';
import {
  forgetTabBudget,
  MAX_ITEM_SETS,
  MINUTE_KEY,
  spendThisMinute,
  WINDOW_MS,
  type MinuteSpent,
} from './tab-minute-budget.ts';

const SITE = 'http://127.0.0.1:4801 http://localhost:4801';

/** A stored record that each allowed count replaces, as rank-budget.ts stores it. */
function minuteBudget(initial?: unknown) {
  let stored: unknown = initial;
  return {
    allows: (
      tabId: number,
      site: string,
      itemSet: string,
      now: number,
      log?: (t: string) => void,
    ) => {
      const next = spendThisMinute(stored, tabId, site, itemSet, now, log);
      if (next) stored = next;
      return next !== undefined;
    },
    stored: () => stored as MinuteSpent,
  };
}

it('allows MAX_ITEM_SETS distinct item sets per tab and site in a window', () => {
  const budget = minuteBudget();
  const logged: string[] = [];
  for (let n = 0; n < MAX_ITEM_SETS; n++) expect(budget.allows(7, SITE, `set-${n}`, n)).toBe(true);
  expect(budget.allows(7, SITE, 'one-more', 100, (t) => logged.push(t))).toBe(false);
  expect(logged[0]).toContain(String(MAX_ITEM_SETS));
  // A set ranked already is free; another tab, or another site, has its own.
  expect(budget.allows(7, SITE, 'set-3', 200)).toBe(true);
  expect(budget.allows(8, SITE, 'one-more', 200)).toBe(true);
  expect(budget.allows(7, 'http://127.0.0.1:4802', 'one-more', 200)).toBe(true);
  // Each set's window runs from when it was last ranked.
  expect(budget.allows(7, SITE, 'one-more', WINDOW_MS)).toBe(true);
  expect(budget.allows(7, SITE, 'two-more', WINDOW_MS)).toBe(false);
});

it('keeps only the sets within their window, and nothing of a closed tab', async () => {
  const budget = minuteBudget();
  for (let tabId = 1; tabId <= 20; tabId++)
    for (let n = 0; n < MAX_ITEM_SETS; n++) budget.allows(tabId, SITE, `set-${n}`, 0);
  // A minute on, one count drops what every tab spent before it (their closes unheard or not).
  budget.allows(21, SITE, 'later', WINDOW_MS);
  expect(budget.stored()).toEqual({ 21: { [SITE]: { later: WINDOW_MS } } });
  const session = memoryStorageArea({ [MINUTE_KEY]: budget.stored() });
  await forgetTabBudget(session, 21);
  expect(await session.get(MINUTE_KEY)).toEqual({});
  // Whatever is stored that is not a budget counts as none.
  expect(minuteBudget('garbage').allows(7, SITE, 'set-0', 0)).toBe(true);
});
