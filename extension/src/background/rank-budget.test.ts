import { describe, expect, it } from 'vitest';

import { PROFILE_KEY } from '../control/local-profile.ts';
import { SETTINGS_KEY } from '../control/settings.ts';
import { memoryStorageArea } from '../control/storage-area.ts';
import { RankPageResponseSchema } from '../messaging/rank-page-messages.ts';
import type { MessageSender } from '../messaging/sender-check.ts';
import { handleRuntimeMessage, type BackgroundDeps } from './handle-runtime-message.ts';
import { DAILY_ITEM_SETS } from './daily-site-budget.ts';
import { MAX_ITEM_SETS, rankBudget, WINDOW_MS, type RankBudget } from './rank-budget.ts';

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

/** The worker's dependencies for a person into fantasy, on `origins`, with the given budget. */
const depsFor = (origins: readonly string[], budget: RankBudget): BackgroundDeps => ({
  version: '0.1.0',
  extensionId: EXTENSION_ID,
  extensionOrigin: `chrome-extension://${EXTENSION_ID}`,
  supportedOrigins: new Set(origins),
  local: memoryStorageArea({
    [SETTINGS_KEY]: { mode: 'on', baselineShare: 0 },
    [PROFILE_KEY]: { interests: ['fantasy'] },
  }),
  session: memoryStorageArea(),
  now: () => new Date('2026-11-28T12:00:00Z'),
  newId: () => '1',
  rankBudget: budget,
});

describe("A site can run an unlimited, invisible probe of the person's data", () => {
  it('ranks at most MAX_ITEM_SETS distinct item sets per tab a minute; then the page keeps its marks', async () => {
    let now = 0;
    const logged: string[] = [];
    const deps = depsFor(
      [LIBRARY],
      rankBudget({ now: () => now, log: (text) => logged.push(text) }),
    );
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
    deps.rankBudget?.forget(7);
    expect((await ask(999)).shown).toBe(1);
  });
});

describe('A page probing the records got a fresh budget at the other address of its site', () => {
  it('counts one site’s addresses together in a tab, and keeps what a tab spent while it shows another site (review finding: a page probing the records got a fresh budget at the other address of its site)', async () => {
    const LOCALHOST = 'http://localhost:4801';
    const AGENDA = 'http://127.0.0.1:4802';
    const deps = depsFor([LIBRARY, LOCALHOST, AGENDA], rankBudget({ now: () => 0 }));
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
    const deps = depsFor([LIBRARY], rankBudget({ now: () => 0 }));
    const ask = async (n: number, tabId: number) =>
      RankPageResponseSchema.parse(await handleRuntimeMessage(guess(n), tab(tabId), deps));
    // A new tab whenever one's budget is spent.
    for (let n = 0; n < DAILY_ITEM_SETS; n++)
      expect((await ask(n, Math.floor(n / MAX_ITEM_SETS))).keepMarks).toBeUndefined();
    expect((await ask(DAILY_ITEM_SETS, 10_000)).keepMarks).toBe(true);
  }, 60_000);
});
