import { describe, expect, it } from 'vitest';

import { PROFILE_KEY } from '../control/local-profile.ts';
import { SETTINGS_KEY } from '../control/settings.ts';
import { memoryStorageArea } from '../control/storage-area.ts';
import { RankPageResponseSchema } from '../messaging/rank-page-messages.ts';
import type { MessageSender } from '../messaging/sender-check.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import type { BackgroundDeps } from './background-deps.ts';
import { handleRuntimeMessage } from './handle-runtime-message.ts';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const LIBRARY = 'http://127.0.0.1:4801';
const CONTENT: MessageSender = { id: EXTENSION_ID, url: `${LIBRARY}/`, tab: { id: 7 }, frameId: 0 };
const POPUP: MessageSender = {
  id: EXTENSION_ID,
  url: `chrome-extension://${EXTENSION_ID}/popup.html`,
};

/** A book as the library's JSON-LD states it. */
const book = (id: string, genres: string[], keywords: string[]) => ({
  '@type': 'Book',
  identifier: id,
  name: id,
  url: `/boeken/${id}`,
  genre: genres,
  keywords: keywords.join(', '),
});
const ITEMS = [
  book('hobbit', ['Fantasy', 'Klassiekers'], ['fantasy', 'classics']),
  book('earthsea', ['Fantasy'], ['fantasy', 'young_adult']),
  book('thriller', ['Thrillers', 'Mysterie'], ['thriller', 'mystery']),
  book('cookbook', ['Koken'], ['cookbook']),
];
const LOAN: TasteRecord = {
  id: 'loan-1',
  category: 'loans',
  label: 'Gone Girl',
  terms: ['Thrillers'],
};

function deps(mode: 'on' | 'limited' | 'off', asked: string[][] = []): BackgroundDeps {
  return {
    version: '0.1.0',
    extensionId: EXTENSION_ID,
    extensionOrigin: `chrome-extension://${EXTENSION_ID}`,
    supportedOrigins: new Set([LIBRARY]),
    local: memoryStorageArea({
      // Wonder's marks only: baseline slots follow the device's random seed.
      [SETTINGS_KEY]: { mode, baselineShare: 0 },
      [PROFILE_KEY]: { interests: ['fantasy'] },
    }),
    session: memoryStorageArea(),
    now: () => new Date('2026-11-28T12:00:00Z'),
    newId: () => '1',
    vaultTaste: async (allowed) => {
      asked.push([...allowed]);
      return allowed.includes('loans') ? [LOAN] : [];
    },
  };
}

const IDS = ITEMS.map((item) => item.identifier);
/** The page's source as the content script sends it: JSON-LD item nodes and the adapter's ids. */
const source = (nodes: unknown[], shownIds: string[] = IDS) => ({
  jsonLd: nodes,
  shownIds,
  baseUrl: `${LIBRARY}/boeken`,
});
const message = { type: 'verwonder/rank-page', page: source(ITEMS), site: 'library' };

describe('verwonder/rank-page (the ranking runs in the background worker)', () => {
  it('ranks the sent items with the profile and the vault records allowed on the site', async () => {
    const answer = RankPageResponseSchema.parse(
      await handleRuntimeMessage(message, CONTENT, deps('on')),
    );
    expect(answer.shown).toBe(4);
    const relevant = answer.suggestions.filter((s) => s.kind === 'relevant');
    expect(relevant.map((s) => s.itemId)).toContain('hobbit');
    expect(relevant.map((s) => s.itemId)).toContain('thriller');
    // Only the records the suggestions name reach the page, with what the why-panel shows.
    const named = new Set(answer.suggestions.flatMap((s) => s.recordIds));
    expect(answer.records.map((r) => r.id).sort()).toEqual([...named].sort());
    expect(answer.records.find((r) => r.id === 'loan-1')).toEqual({
      id: 'loan-1',
      category: 'loans',
      label: 'Gone Girl',
    });
    // The page's script gets back the items it marks, as the worker read them, and no others.
    const marked = new Set(answer.suggestions.map((s) => s.itemId));
    expect(answer.items.map((item) => item.id).sort()).toEqual([...marked].sort());
    expect(answer.items.find((item) => item.id === 'hobbit')).toMatchObject({
      name: 'hobbit',
      url: `${LIBRARY}/boeken/hobbit`,
      genres: ['Fantasy', 'Klassiekers'],
    });
  });

  it('ranks only the items shown on the page', async () => {
    const answer = RankPageResponseSchema.parse(
      await handleRuntimeMessage(
        { ...message, page: source(ITEMS, ['thriller']) },
        CONTENT,
        deps('on'),
      ),
    );
    expect(answer.shown).toBe(1);
    expect(answer.suggestions.every((s) => s.itemId === 'thriller')).toBe(true);
    // An item page: its one item comes back (for the visit), marked or not.
    expect(answer.items.map((item) => item.id)).toEqual(['thriller']);
  });

  it('asks for the microdata when the JSON-LD does not describe a shown item, then places it', async () => {
    const page = source(ITEMS.slice(0, 3), IDS);
    const first = RankPageResponseSchema.parse(
      await handleRuntimeMessage({ ...message, page }, CONTENT, deps('on')),
    );
    expect(first).toMatchObject({ needsMicrodata: true, suggestions: [], shown: 0 });
    const microdata = [
      { '@type': ['https://schema.org/Person'], name: 'nobody' },
      { '@type': ['https://schema.org/Book'], identifier: 'cookbook', name: 'cookbook' },
    ];
    const second = RankPageResponseSchema.parse(
      await handleRuntimeMessage({ ...message, page: { ...page, microdata } }, CONTENT, deps('on')),
    );
    expect(second.needsMicrodata).toBeUndefined();
    expect(second.shown).toBe(4);
    expect(second.microdataIds).toEqual([null, 'cookbook']);
  });

  it('uses stated interests only in the limited mode, and nothing when off', async () => {
    const asked: string[][] = [];
    const limited = RankPageResponseSchema.parse(
      await handleRuntimeMessage(message, CONTENT, deps('limited', asked)),
    );
    expect(asked.at(-1)).not.toContain('loans');
    expect(limited.suggestions.flatMap((s) => s.categories)).not.toContain('loans');
    expect(limited.records.every((r) => r.category === 'interests')).toBe(true);
    expect(await handleRuntimeMessage(message, CONTENT, deps('off', asked))).toEqual({
      suggestions: [],
      records: [],
      items: [],
      shown: 0,
    });
    expect(asked).toHaveLength(1);
  });

  it('answers content scripts only, and never ranks what is not a well-formed item', async () => {
    expect(await handleRuntimeMessage(message, POPUP, deps('on'))).toBeUndefined();
    // A malformed request is not answered at all.
    const bad = { ...message, page: { ...message.page, jsonLd: 'a page' } };
    expect(await handleRuntimeMessage(bad, CONTENT, deps('on'))).toBeUndefined();
    // Hostile page words are dropped item by item: what is no node, a node of the wrong shape, a
    // script URL; markup stays text.
    const hostile = {
      ...message,
      page: {
        jsonLd: [
          42,
          [{ '@type': 'Book', identifier: 'y', name: 'in an array' }],
          ...[
            { '@type': 'Book', identifier: 'x', name: { nested: true } },
            {
              '@type': 'Book',
              identifier: 'evil',
              name: '<img src=x onerror=alert(1)>',
              url: 'javascript:alert(1)',
              genre: ['Fantasy'],
            },
          ],
        ],
        shownIds: ['evil'],
        baseUrl: LIBRARY,
      },
    };
    const answer = RankPageResponseSchema.parse(
      await handleRuntimeMessage(hostile, CONTENT, deps('on')),
    );
    expect(answer.shown).toBe(1);
    expect(answer.items).toEqual([
      expect.objectContaining({ id: 'evil', name: '<img src=x onerror=alert(1)>' }),
    ]);
    expect(answer.items[0]?.url).toBeUndefined();
  });
});
