import { describe, expect, it } from 'vitest';

import { parseSettings, SETTINGS_KEY } from '../control/settings.ts';
import { storedSettingsSync, type SettingsStorage } from './stored-settings-sync.ts';

/**
 * storage.local as the browser runs it, holding settings with `dial`: a read answers what was stored when it was asked, a little
 * later; a write is stored at once and then told to every page's change listener.
 */
function slowStorage(dial: number) {
  const values: Record<string, unknown> = { [SETTINGS_KEY]: { ...parseSettings(undefined), dial } };
  const listeners = new Set<(changes: unknown, area: string) => void>();
  const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 5));
  const storage: SettingsStorage = {
    get: (keys) =>
      later(Object.fromEntries(keys.filter((k) => k in values).map((k) => [k, values[k]]))),
    async set(items) {
      Object.assign(values, items);
      setTimeout(() => listeners.forEach((listener) => listener(items, 'local')), 0);
      await later(undefined);
    },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  /** Another part of the extension writes storage.local (a page report, the profile, ...). */
  const otherWrite = () => storage.set({ other: Math.random() });
  return { storage, values, otherWrite };
}

/** A page kept in sync with `storage`, and every dial it showed. */
function showDial(storage: SettingsStorage) {
  const shown: number[] = [];
  const sync = storedSettingsSync(storage, {
    settings: (s) => shown.push(s.dial),
    profile: () => undefined,
  });
  return { shown, sync };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('storedSettingsSync', () => {
  it('never shows a setting from before the person’s own change once they made it (review finding: the popup’s dial preset unchecks itself after a click)', async () => {
    const { storage, otherWrite } = slowStorage(0);
    const { shown, sync } = showDial(storage);
    await settle();
    expect(shown).toEqual([0]);
    // A change elsewhere starts a read of the settings as they are (dial 0) ...
    void otherWrite();
    await new Promise((resolve) => setTimeout(resolve, 1));
    // ... and the person picks "verras me" before that read answers.
    const saved = sync.saveSettings({ ...parseSettings(undefined), dial: 0.8 });
    await saved;
    await settle();
    const afterClick = shown.slice(shown.indexOf(0.8));
    expect(afterClick.every((dial) => dial === 0.8)).toBe(true);
    expect(shown.at(-1)).toBe(0.8);
    sync.dispose();
  });

  it('shows a change made elsewhere, also one made while this page was saving', async () => {
    const { storage, values } = slowStorage(0);
    const { shown, sync } = showDial(storage);
    await settle();
    const saving = sync.saveSettings({ ...parseSettings(undefined), dial: 0.5 });
    // The options page stores dial 1 while the popup's write is on its way, after it.
    setTimeout(
      () => void storage.set({ [SETTINGS_KEY]: { ...(values[SETTINGS_KEY] as object), dial: 1 } }),
      7,
    );
    await saving;
    await settle();
    expect(shown.at(-1)).toBe(1);
    sync.dispose();
  });
});
