import { parseProfile, PROFILE_KEY, type LocalProfile } from '../control/local-profile.ts';
import { parseSettings, SETTINGS_KEY, type Settings } from '../control/settings.ts';
import { settingsToStore } from '../control/settings-to-store.ts';

/** The part of `browser.storage.local` (and its change event) the pages use. */
export interface SettingsStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  onChanged: {
    addListener(listener: (changes: unknown, area: string) => void): void;
    removeListener(listener: (changes: unknown, area: string) => void): void;
  };
}

export interface StoredSettingsSync {
  /** Stores `next`, shown at once; what storage held before the write never replaces it. */
  saveSettings(next: Settings): Promise<void>;
  saveProfile(next: LocalProfile): Promise<void>;
  dispose(): void;
}

/**
 * Keeps a page's settings and profile current with storage (another page or the why-panel may change
 * them). A read that began before or during one of this page's own writes may answer the value from
 * before that write: its settings are dropped, since showing them would take back what the person
 * just chose (a radio button clicked turned itself off again); once the last write is stored, one
 * fresh read follows, so a change made elsewhere meanwhile still shows.
 */
export function storedSettingsSync(
  storage: SettingsStorage,
  show: { settings(value: Settings): void; profile(value: LocalProfile): void },
): StoredSettingsSync {
  let writes = 0;
  let generation = 0;
  let disposed = false;
  const load = async () => {
    const started = generation;
    const stored = await storage.get([SETTINGS_KEY, PROFILE_KEY]);
    if (disposed) return;
    if (writes === 0 && started === generation) show.settings(parseSettings(stored[SETTINGS_KEY]));
    show.profile(parseProfile(stored[PROFILE_KEY]));
  };
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local') void load();
  };
  storage.onChanged.addListener(listener);
  void load();
  return {
    async saveSettings(next) {
      const parsed = parseSettings(next);
      generation += 1;
      writes += 1;
      show.settings(parsed);
      try {
        // What this version does not know (another version's switches) stays as it was stored.
        const stored = (await storage.get([SETTINGS_KEY]))[SETTINGS_KEY];
        await storage.set({ [SETTINGS_KEY]: settingsToStore(stored, parsed) });
      } finally {
        writes -= 1;
        if (writes === 0) void load();
      }
    },
    async saveProfile(next) {
      const parsed = parseProfile(next);
      show.profile(parsed);
      await storage.set({ [PROFILE_KEY]: parsed });
    },
    dispose() {
      disposed = true;
      storage.onChanged.removeListener(listener);
    },
  };
}
