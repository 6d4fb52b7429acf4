import { useCallback, useEffect, useRef, useState } from 'react';
import browser from 'webextension-polyfill';

import type { LocalProfile } from '../control/local-profile.ts';
import type { Settings } from '../control/settings.ts';
import { storedSettingsSync, type StoredSettingsSync } from './stored-settings-sync.ts';

/**
 * The settings and the local profile from storage.local, kept current (another page or the
 * why-panel may change them; `stored-settings-sync.ts`), and setters that store a parsed value.
 */
export function useStoredSettings() {
  const [settings, setSettings] = useState<Settings>();
  const [profile, setProfile] = useState<LocalProfile>();
  const sync = useRef<StoredSettingsSync>();

  useEffect(() => {
    const storage = browser.storage.local;
    sync.current = storedSettingsSync(
      {
        get: (keys) => storage.get(keys),
        set: (items) => storage.set(items),
        onChanged: browser.storage.onChanged,
      },
      { settings: setSettings, profile: setProfile },
    );
    return () => sync.current?.dispose();
  }, []);

  const saveSettings = useCallback(async (next: Settings) => sync.current?.saveSettings(next), []);
  const saveProfile = useCallback(
    async (next: LocalProfile) => sync.current?.saveProfile(next),
    [],
  );

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
