import { describe, expect, it } from 'vitest';

import { SETTINGS_KEY } from '../control/settings.ts';
import { memoryStorageArea } from '../control/storage-area.ts';
import { libraryMessageTest } from '../test-support/library-message-test.ts';
import type { BackgroundDeps } from './background-deps.ts';
import { handleRuntimeMessage } from './handle-runtime-message.ts';

const { LIBRARY, CONTENT, POPUP, deps } = libraryMessageTest;

describe('handleRuntimeMessage: who may ask what', () => {
  it('answers a ping from a content script or an extension page', async () => {
    for (const sender of [CONTENT, POPUP]) {
      expect(await handleRuntimeMessage({ type: 'verwonder/ping' }, sender, deps())).toEqual({
        type: 'verwonder/pong',
        version: '0.1.0',
      });
    }
  });

  it.each([null, 'ping', {}, { type: 'other/ping' }, { type: 'verwonder/ping', extra: 1 }])(
    'ignores the malformed message %j',
    async (message) => {
      expect(await handleRuntimeMessage(message, CONTENT, deps())).toBeUndefined();
    },
  );

  it.each([
    ['another extension', { ...CONTENT, id: 'other' }],
    ['an unsupported site', { ...CONTENT, url: 'https://evil.example/' }],
    ['an iframe', { ...CONTENT, frameId: 3 }],
    ['no tab', { ...CONTENT, tab: undefined }],
  ])('ignores messages from %s', async (_label, sender) => {
    const message = { type: 'verwonder/stop-category', category: 'loans' };
    expect(await handleRuntimeMessage(message, sender, deps())).toBeUndefined();
  });

  it('stores a page report for the sender tab, readable only by extension pages', async () => {
    const d = deps();
    const places = [{ kind: 'relevant', itemId: 'book-1', title: 'X', categories: ['interests'] }];
    const report = { type: 'verwonder/page-report', places, obscured: false };
    expect(await handleRuntimeMessage(report, CONTENT, d)).toEqual({ ok: true });
    const ask = { type: 'verwonder/get-page-report', tabId: 7 };
    expect(await handleRuntimeMessage(ask, CONTENT, d)).toBeUndefined();
    expect(await handleRuntimeMessage(ask, POPUP, d)).toEqual({
      places,
      obscured: false,
      origin: LIBRARY,
    });
    // A popup cannot file a report in a tab's name.
    expect(await handleRuntimeMessage(report, POPUP, d)).toBeUndefined();
  });

  it('pairs only when an extension page asks', async () => {
    const paired: string[] = [];
    const withPairing: BackgroundDeps = {
      ...deps(),
      vault: { pair: async (url) => void paired.push(url), unpair: async () => undefined },
    };
    const message = { type: 'verwonder/pair', vaultUrl: 'http://localhost:4800' };
    expect(await handleRuntimeMessage(message, CONTENT, withPairing)).toBeUndefined();
    expect(await handleRuntimeMessage(message, POPUP, withPairing)).toEqual({ ok: true });
    expect(paired).toEqual(['http://localhost:4800']);
    const javascript = { type: 'verwonder/pair', vaultUrl: 'javascript:alert(1)' };
    expect(await handleRuntimeMessage(javascript, POPUP, withPairing)).toBeUndefined();
  });

  it('reads the profile fields for a form only for a content script, where `profile` is on', async () => {
    let reads = 0;
    const withProfile = (local = memoryStorageArea()): BackgroundDeps => ({
      ...deps(local),
      profileFields: async () => {
        reads += 1;
        return { name: 'Mira', postalCode: '2000' };
      },
    });
    const message = { type: 'verwonder/get-profile-fields' };
    expect(await handleRuntimeMessage(message, CONTENT, withProfile())).toEqual({
      fields: { name: 'Mira', postalCode: '2000' },
    });
    const stopped = memoryStorageArea({
      [SETTINGS_KEY]: { sites: { [LIBRARY]: { disabledCategories: ['profile'] } } },
    });
    expect(await handleRuntimeMessage(message, CONTENT, withProfile(stopped))).toEqual({
      fields: {},
    });
    expect(await handleRuntimeMessage(message, POPUP, withProfile())).toBeUndefined();
    expect(reads).toBe(1);
  });
});
