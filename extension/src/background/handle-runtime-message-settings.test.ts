import { describe, expect, it } from 'vitest';

import { parseProfile, PROFILE_KEY } from '../control/local-profile.ts';
import { parseSettings, SETTINGS_KEY } from '../control/settings.ts';
import { memoryStorageArea } from '../control/storage-area.ts';
import { libraryMessageTest } from '../test-support/library-message-test.ts';
import { PAIRING_STATUS_KEY } from '../vault/pairing-status.ts';
import { handleRuntimeMessage } from './handle-runtime-message.ts';

const { LIBRARY, CONTENT, POPUP, deps } = libraryMessageTest;

describe("handleRuntimeMessage: the person's settings", () => {
  it("stops a category on the sender's own site only", async () => {
    const local = memoryStorageArea();
    await handleRuntimeMessage(
      { type: 'verwonder/stop-category', category: 'browsing' },
      CONTENT,
      deps(local),
    );
    const settings = parseSettings((await local.get(SETTINGS_KEY))[SETTINGS_KEY]);
    expect(settings.sites).toEqual({
      [LIBRARY]: { enabled: true, disabledCategories: ['browsing'], capture: false },
    });
  });

  it('keeps the stored choices, and what it does not know, when it stops a category (review finding: one unknown settings field turned off into on)', async () => {
    const stored = {
      mode: 'off',
      language: 'en',
      categories: { loans: false, 'music-app': false },
    };
    const local = memoryStorageArea({ [SETTINGS_KEY]: stored });
    await handleRuntimeMessage(
      { type: 'verwonder/stop-category', category: 'browsing' },
      CONTENT,
      deps(local),
    );
    expect((await local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({
      ...stored,
      sites: { [LIBRARY]: { enabled: true, disabledCategories: ['browsing'], capture: false } },
    });
  });

  it('invites to state interests only someone unknown, never while the mode is off (review finding: the popup invited a paired person with personalisation off)', async () => {
    const invite = async (local: ReturnType<typeof memoryStorageArea>) => {
      // The vault's cache holds nothing while the mode is off (control/categories-in-use.ts).
      const d = { ...deps(local), vaultTaste: async () => [] };
      const answer = await handleRuntimeMessage({ type: 'verwonder/get-taste-count' }, POPUP, d);
      return (answer as { invite?: boolean }).invite;
    };
    const unknown = memoryStorageArea();
    expect(await invite(unknown)).toBe(true);
    await unknown.set({ [SETTINGS_KEY]: parseSettings({ mode: 'off' }) });
    expect(await invite(unknown)).toBe(false);

    const paired = memoryStorageArea();
    await paired.set({
      [PAIRING_STATUS_KEY]: { state: 'paired', issuer: 'http://127.0.0.1:4800' },
    });
    expect(await invite(paired)).toBe(false);
    await paired.set({ [SETTINGS_KEY]: parseSettings({ mode: 'off' }) });
    expect(await invite(paired)).toBe(false);

    const stated = memoryStorageArea();
    await stated.set({ [PROFILE_KEY]: parseProfile({ interests: ['jazz'] }) });
    expect(await invite(stated)).toBe(false);
  });
});
