import { describe, expect, it } from 'vitest';

import { PROFILE_KEY } from '../control/local-profile.ts';
import { SETTINGS_KEY } from '../control/settings.ts';
import { memoryStorageArea, type StorageArea } from '../control/storage-area.ts';
import { RankPageResponseSchema } from '../messaging/rank-page-messages.ts';
import type { MessageSender } from '../messaging/sender-check.ts';
import type { BackgroundDeps } from './background-deps.ts';
import { handleRuntimeMessage } from './handle-runtime-message.ts';
import { DAILY_ITEM_SETS } from './daily-site-budget.ts';
import { rankBudget } from './rank-budget.ts';
import { MAX_ITEM_SETS, WINDOW_MS } from './tab-minute-budget.ts';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const LIBRARY = 'http://127.0.0.1:4801';
const tab = (id: number): MessageSender => ({
  id: EXTENSION_ID,
  url: `${LIBRARY}/`,
  tab: { id },
  frameId: 0,
});

/** A page of one guessed book (`n` makes each guess a new item set). */
const guess = (n: number) => ({
  type: 'verwonder/rank-page',
  site: 'library',
  page: {
    jsonLd: [{ '@type': 'Book', identifier: `guess-${n}`, name: `Guess ${n}`, genre: ['Fantasy'] }],
    shownIds: [`guess-${n}`],
    baseUrl: `${LIBRARY}/boeken`,
  },
});

/**
 * A worker's dependencies for a person into fantasy, on `origins`, with its budget over `session`
 * (the browser's storage.session, which outlives the worker: a new worker on the same session is a
 * restart).
 */
const depsFor = (
  origins: readonly string[],
  worker: { now?: () => number; log?: (text: string) => void; session?: StorageArea } = {},
): BackgroundDeps => {
  const session = worker.session ?? memoryStorageArea();
  return {
    version: '0.1.0',
    extensionId: EXTENSION_ID,
    extensionOrigin: `chrome-extension://${EXTENSION_ID}`,
    supportedOrigins: new Set(origins),
    local: memoryStorageArea({
      [SETTINGS_KEY]: { mode: 'on', baselineShare: 0 },
      [PROFILE_KEY]: { interests: ['fantasy'] },
    }),
    session,
    now: () => new Date('2026-11-28T12:00:00Z'),
    newId: () => '1',
    rankBudget: rankBudget({ session, now: worker.now ?? (() => 0), log: worker.log }),
  };
};

describe("A site can run an unlimited, invisible probe of the person's data", () => {
  it('ranks at most MAX_ITEM_SETS distinct item sets per tab a minute; then the page keeps its marks', async () => {
    let now = 0;
    const logged: string[] = [];
    const deps = depsFor([LIBRARY], { now: () => now, log: (text) => logged.push(text) });
    const ask = async (n: number, sender = tab(7)) =>
      RankPageResponseSchema.parse(await handleRuntimeMessage(guess(n), sender, deps));
    for (let n = 0; n < MAX_ITEM_SETS; n++) expect((await ask(n)).shown).toBe(1);
    const over = await ask(MAX_ITEM_SETS);
    expect(over).toMatchObject({ keepMarks: true, suggestions: [], items: [] });
    expect(logged).toHaveLength(1);
    // A set already ranked is free; another tab has its own budget.
    expect((await ask(3)).keepMarks).toBeUndefined();
    expect((await ask(MAX_ITEM_SETS, tab(8))).shown).toBe(1);
    // A minute later, or once the tab is gone, it starts again.
    now += WINDOW_MS;
    expect((await ask(MAX_ITEM_SETS)).shown).toBe(1);
    for (let n = 100; n < 100 + MAX_ITEM_SETS; n++) await ask(n);
    expect((await ask(999)).keepMarks).toBe(true);
    await deps.rankBudget?.forget(7);
    expect((await ask(999)).shown).toBe(1);
  });
});

describe('A page probing the records got a fresh budget at the other address of its site', () => {
  it('counts one site’s addresses together in a tab, and keeps what a tab spent while it shows another site (review finding: a page probing the records got a fresh budget at the other address of its site)', async () => {
    const LOCALHOST = 'http://localhost:4801';
    const AGENDA = 'http://127.0.0.1:4802';
    const deps = depsFor([LIBRARY, LOCALHOST, AGENDA]);
    const at = (origin: string): MessageSender => ({ ...tab(7), url: `${origin}/` });
    const ask = async (n: number, origin: string) =>
      RankPageResponseSchema.parse(await handleRuntimeMessage(guess(n), at(origin), deps));
    for (let n = 0; n < MAX_ITEM_SETS; n++) await ask(n, LIBRARY);
    // The library's other address: the same site, the same budget.
    expect((await ask(MAX_ITEM_SETS, LOCALHOST)).keepMarks).toBe(true);
    // Another site has its own; going there and back starts nothing new.
    expect((await ask(MAX_ITEM_SETS, AGENDA)).keepMarks).toBeUndefined();
    expect((await ask(MAX_ITEM_SETS + 1, LIBRARY)).keepMarks).toBe(true);
  });
});

describe('The budget is a rate a page keeps up all day, in as many tabs as it opens', () => {
  it('ranks at most DAILY_ITEM_SETS item sets of a site a day across its tabs (review finding: the probing budget is a rate a page keeps up all day, in as many tabs as it opens)', async () => {
    const deps = depsFor([LIBRARY]);
    const ask = async (n: number, tabId: number) =>
      RankPageResponseSchema.parse(await handleRuntimeMessage(guess(n), tab(tabId), deps));
    // A new tab whenever one's budget is spent.
    for (let n = 0; n < DAILY_ITEM_SETS; n++)
      expect((await ask(n, Math.floor(n / MAX_ITEM_SETS))).keepMarks).toBeUndefined();
    expect((await ask(DAILY_ITEM_SETS, 10_000)).keepMarks).toBe(true);
  }, 60_000);
});

describe('A page got a fresh budget by waiting for the worker to stop', () => {
  it('keeps what a tab spent this minute when the worker restarts (review finding: per-minute rank budget forgotten when the worker restarts)', async () => {
    let now = 0;
    const session = memoryStorageArea();
    const ask = async (deps: BackgroundDeps, n: number, tabId = 7) =>
      RankPageResponseSchema.parse(await handleRuntimeMessage(guess(n), tab(tabId), deps));
    const first = depsFor([LIBRARY], { now: () => now, session });
    for (let n = 0; n < MAX_ITEM_SETS; n++) expect((await ask(first, n)).shown).toBe(1);
    // The page waits until the worker is stopped (about 30 s idle); the next message starts another.
    now += 31_000;
    const second = depsFor([LIBRARY], { now: () => now, session });
    expect((await ask(second, MAX_ITEM_SETS)).keepMarks).toBe(true);
    expect((await ask(second, 3)).keepMarks).toBeUndefined();
    expect((await ask(second, MAX_ITEM_SETS, 8)).shown).toBe(1);
    // Its minute over, the tab has its budget again, in whichever worker.
    now += WINDOW_MS;
    expect((await ask(depsFor([LIBRARY], { now: () => now, session }), 500)).shown).toBe(1);
  });
});

describe('Tabs ranking at once lost each other’s counts', () => {
  it('counts every tab’s item sets when tabs of a site rank at once (review finding: the day’s rank budget lost counts when tabs ranked at once)', async () => {
    const ask = async (deps: BackgroundDeps, n: number, tabId: number) =>
      RankPageResponseSchema.parse(await handleRuntimeMessage(guess(n), tab(tabId), deps));
    const refused = (answers: { keepMarks?: boolean }[]) =>
      answers.filter((answer) => answer.keepMarks).length;
    // The browser's storage answers a moment later (another process), so reads and writes of
    // tabs ranking at once interleave.
    const later = () => new Promise((resolve) => setTimeout(resolve, 1));
    const browserLike = (area = memoryStorageArea()): StorageArea => ({
      get: async (key) => (await later(), area.get(key)),
      set: async (items) => (await later(), area.set(items)),
      remove: async (key) => (await later(), area.remove(key)),
    });
    // Two tabs at once, each one set past its minute's budget.
    const tabs = depsFor([LIBRARY], { session: browserLike() });
    const minute = await Promise.all(
      Array.from({ length: 2 * (MAX_ITEM_SETS + 1) }, (_, n) => ask(tabs, n, 7 + (n % 2))),
    );
    expect(refused(minute)).toBe(2);
    // A tab for every MAX_ITEM_SETS sets, all at once, one set past the site's day.
    const site = depsFor([LIBRARY], { session: browserLike() });
    const day = await Promise.all(
      Array.from({ length: DAILY_ITEM_SETS + 1 }, (_, n) =>
        ask(site, n, Math.floor(n / MAX_ITEM_SETS)),
      ),
    );
    expect(refused(day)).toBe(1);
  }, 60_000);
});

describe('Each ranking reads and writes storage.session twice', () => {
  it('reads both budgets in one call and writes them in one (review finding: each ranking reads and writes storage.session twice, once per budget (minute and day))', async () => {
    const area = memoryStorageArea();
    const calls: string[] = [];
    const counted: StorageArea = {
      get: (keys) => (calls.push('get'), area.get(keys)),
      set: (items) => (calls.push('set'), area.set(items)),
      remove: (key) => (calls.push('remove'), area.remove(key)),
    };
    const deps = depsFor([LIBRARY], { session: counted });
    const ask = async (n: number) =>
      RankPageResponseSchema.parse(await handleRuntimeMessage(guess(n), tab(7), deps));
    expect((await ask(0)).shown).toBe(1);
    expect(calls).toEqual(['get', 'set']);
    // A set ranked already is read once and written again (its minute runs from now).
    calls.length = 0;
    expect((await ask(0)).shown).toBe(1);
    expect(calls).toEqual(['get', 'set']);
    // Past the minute's budget: one read, nothing written.
    for (let n = 1; n < MAX_ITEM_SETS; n++) await ask(n);
    calls.length = 0;
    expect((await ask(MAX_ITEM_SETS)).keepMarks).toBe(true);
    expect(calls).toEqual(['get']);
  });
});
