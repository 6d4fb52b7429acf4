import { expect, it } from 'vitest';

import { DAILY_ITEM_SETS, spendToday } from './daily-site-budget.ts';

const SITE = 'http://127.0.0.1:4801 http://localhost:4801';

it('ranks at most DAILY_ITEM_SETS distinct item sets of a site a day, whatever the tabs (review finding: the probing budget is a rate a page keeps up all day, in as many tabs as it opens)', () => {
  // Each site's stored day, replaced by every count as rank-budget.ts stores it.
  const stored = new Map<string, unknown>();
  const allows = (site: string, itemSet: string, now: Date, log?: (text: string) => void) => {
    const { allowed, next } = spendToday(stored.get(site), site, itemSet, now, log);
    if (next) stored.set(site, next);
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
