import { expect, it } from 'vitest';

import { memoryStorageArea, type StorageArea } from '../control/storage-area.ts';
import { DAILY_ITEM_SETS, spendToday } from './daily-site-budget.ts';
import { rankBudget } from './rank-budget.ts';

const SITE = 'http://127.0.0.1:4801 http://localhost:4801';

it('ranks at most DAILY_ITEM_SETS distinct item sets of a site a day, whatever the tabs (review finding: the probing budget is a rate a page keeps up all day, in as many tabs as it opens)', () => {
  // The stored day, replaced by every count as rank-budget.ts stores it.
  let stored: unknown;
  const allows = (site: string, itemSet: string, now: Date, log?: (text: string) => void) => {
    const { allowed, next } = spendToday(stored, site, itemSet, now, log);
    if (next) stored = next;
    return allowed;
  };
  const day = new Date('2026-12-07T10:00:00Z');
  const logged: string[] = [];
  for (let n = 0; n < DAILY_ITEM_SETS; n++) expect(allows(SITE, `set-${n}`, day)).toBe(true);
  expect(allows(SITE, 'one-more', day, (text) => logged.push(text))).toBe(false);
  expect(logged[0]).toContain(String(DAILY_ITEM_SETS));
  // A set ranked already today is free; another site has its own day.
  expect(allows(SITE, 'set-7', day)).toBe(true);
  expect(allows('http://127.0.0.1:4802', 'one-more', day)).toBe(true);
  // The next day starts afresh.
  expect(allows(SITE, 'one-more', new Date('2026-12-08T00:00:01Z'))).toBe(true);
});

it('keeps no day but today of any site once a ranking writes (review finding: the daily budget keeps past days per site)', async () => {
  // A session that remembers which keys were written, to read everything it holds.
  const area = memoryStorageArea();
  const written = new Set<string>();
  const session: StorageArea = {
    get: (keys) => area.get(keys),
    set: (items) => (Object.keys(items).forEach((key) => written.add(key)), area.set(items)),
    remove: (key) => area.remove(key),
  };
  let now = Date.parse('2026-12-07T10:00:00Z');
  const budget = rankBudget({ session, now: () => now });
  expect(await budget.allows(7, SITE, 'yesterday-a')).toBe(true);
  expect(await budget.allows(8, 'http://127.0.0.1:4802', 'yesterday-b')).toBe(true);
  // The next day a third site ranks: nothing of yesterday, of any site, stays stored.
  now = Date.parse('2026-12-08T10:00:00Z');
  expect(await budget.allows(9, 'http://127.0.0.1:4803', 'today-c')).toBe(true);
  const held = JSON.stringify(await area.get([...written]));
  expect(held).toContain('today-c');
  expect(held).not.toContain('2026-12-07');
  expect(held).not.toMatch(/yesterday/);
});
