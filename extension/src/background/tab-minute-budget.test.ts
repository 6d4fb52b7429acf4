import { expect, it } from 'vitest';

import { memoryStorageArea } from '../control/storage-area.ts';
import {
  allowsThisMinute,
  forgetTabBudget,
  MAX_ITEM_SETS,
  WINDOW_MS,
} from './tab-minute-budget.ts';

const SITE = 'http://127.0.0.1:4801 http://localhost:4801';
const KEY = 'rank-budget-minute';

it('allows MAX_ITEM_SETS distinct item sets per tab and site in a window, kept in the session', async () => {
  const session = memoryStorageArea();
  const logged: string[] = [];
  for (let n = 0; n < MAX_ITEM_SETS; n++)
    expect(await allowsThisMinute(session, 7, SITE, `set-${n}`, n)).toBe(true);
  expect(await allowsThisMinute(session, 7, SITE, 'one-more', 100, (t) => logged.push(t))).toBe(
    false,
  );
  expect(logged[0]).toContain(String(MAX_ITEM_SETS));
  // A set ranked already is free; another tab, or another site, has its own.
  expect(await allowsThisMinute(session, 7, SITE, 'set-3', 200)).toBe(true);
  expect(await allowsThisMinute(session, 8, SITE, 'one-more', 200)).toBe(true);
  expect(await allowsThisMinute(session, 7, 'http://127.0.0.1:4802', 'one-more', 200)).toBe(true);
  // Each set's window runs from when it was last ranked.
  expect(await allowsThisMinute(session, 7, SITE, 'one-more', WINDOW_MS)).toBe(true);
  expect(await allowsThisMinute(session, 7, SITE, 'two-more', WINDOW_MS)).toBe(false);
});

it('keeps only the sets within their window, and nothing of a closed tab', async () => {
  const session = memoryStorageArea();
  for (let tabId = 1; tabId <= 20; tabId++)
    for (let n = 0; n < MAX_ITEM_SETS; n++)
      await allowsThisMinute(session, tabId, SITE, `set-${n}`, 0);
  // A minute on, one count drops what every tab spent before it (their closes unheard or not).
  await allowsThisMinute(session, 21, SITE, 'later', WINDOW_MS);
  expect((await session.get(KEY))[KEY]).toEqual({ 21: { [SITE]: { later: WINDOW_MS } } });
  await forgetTabBudget(session, 21);
  expect(await session.get(KEY)).toEqual({});
  // Whatever is stored that is not a budget counts as none.
  await session.set({ [KEY]: 'garbage' });
  expect(await allowsThisMinute(session, 7, SITE, 'set-0', 0)).toBe(true);
});
