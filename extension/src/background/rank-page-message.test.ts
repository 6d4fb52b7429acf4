import { describe, expect, it } from 'vitest';

import { PROFILE_KEY } from '../control/local-profile.ts';
import { SETTINGS_KEY } from '../control/settings.ts';
import { memoryStorageArea } from '../control/storage-area.ts';
import { RankPageResponseSchema } from '../messaging/rank-page-messages.ts';
import type { MessageSender } from '../messaging/sender-check.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import { handleRuntimeMessage, type BackgroundDeps } from './handle-runtime-message.ts';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const LIBRARY = 'http://127.0.0.1:4801';
const CONTENT: MessageSender = { id: EXTENSION_ID, url: `${LIBRARY}/`, tab: { id: 7 }, frameId: 0 };
const POPUP: MessageSender = {
  id: EXTENSION_ID,
  url: `chrome-extension://${EXTENSION_ID}/popup.html`,
};

const book = (id: string, genres: string[], keywords: string[]) => ({
  id,
  type: 'Book',
  kind: 'book',
  name: id,
  authors: [],
  genres,
  keywords,
  themes: [],
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
      [SETTINGS_KEY]: { mode },
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

const message = { type: 'verwonder/rank-page', items: ITEMS, site: 'library' };

describe('verwonder/rank-page (the ranking runs in the background worker)', () => {
  it('ranks the sent items with the profile and the vault records allowed on the site', async () => {
    const answer = RankPageResponseSchema.parse(
      await handleRuntimeMessage(message, CONTENT, deps('on')),
    );
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
    });
    expect(asked).toHaveLength(1);
  });

  it('answers content scripts only, and never ranks malformed items', async () => {
    expect(await handleRuntimeMessage(message, POPUP, deps('on'))).toBeUndefined();
    const bad = { ...message, items: [{ ...ITEMS[0], kind: 'spaceship' }] };
    expect(await handleRuntimeMessage(bad, CONTENT, deps('on'))).toBeUndefined();
  });
});
