import { useCallback, useEffect, useState } from 'react';
import browser from 'webextension-polyfill';

import { parseProfile, PROFILE_KEY, type LocalProfile } from '../control/local-profile.ts';
import { parseSettings, SETTINGS_KEY, type Settings } from '../control/settings.ts';
import { settingsToStore } from '../control/settings-to-store.ts';

/**
 * The settings and the local profile from storage.local, kept current (another page or the
 * why-panel may change them), and setters that store a parsed value.
 */
export function useStoredSettings() {
  const [settings, setSettings] = useState<Settings>();
  const [profile, setProfile] = useState<LocalProfile>();

  useEffect(() => {
    const load = async () => {
      const stored = await browser.storage.local.get([SETTINGS_KEY, PROFILE_KEY]);
      setSettings(parseSettings(stored[SETTINGS_KEY]));
      setProfile(parseProfile(stored[PROFILE_KEY]));
    };
    void load();
    const listener = (_changes: unknown, area: string) => {
      if (area === 'local') void load();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  const saveSettings = useCallback(async (next: Settings) => {
    const parsed = parseSettings(next);
    setSettings(parsed);
    // What this version does not know (another version's switches) stays as it was stored.
    const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    await browser.storage.local.set({ [SETTINGS_KEY]: settingsToStore(stored, parsed) });
  }, []);

  const saveProfile = useCallback(async (next: LocalProfile) => {
    const parsed = parseProfile(next);
    setProfile(parsed);
    await browser.storage.local.set({ [PROFILE_KEY]: parsed });
  }, []);

  return { settings, profile, saveSettings, saveProfile };
}

/** Origins of the supported sites, from the content script's matches (the vault has no script). */
export function supportedOrigins(): string[] {
  const manifest = browser.runtime.getManifest();
  const patterns = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
  return [...new Set(patterns)].flatMap(
    (pattern) => /^(https?:\/\/[^/*]+)\/\*$/.exec(pattern)?.[1] ?? [],
  );
}
