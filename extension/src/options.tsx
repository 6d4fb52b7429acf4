/**
 * The options page: vault address, stated interests (the local taste until a vault is paired),
 * category switches, the sites (the supported ones and any other with a setting, one entry per site,
 * however many addresses it answers at) with their switch and browsing capture, language, and the
 * daily notification's opt-in (last, so the language select stays the page's first).
 */
import { useEffect, useState } from 'react';

import { CATEGORIES } from './control/categories.ts';
import { parseInterests } from './control/local-profile.ts';
import {
  LanguageSchema,
  SettingsSchema,
  type Settings,
  type SiteSettings,
} from './control/settings.ts';
import { groupSettings, withGroupChange } from './control/site-group-settings.ts';
import { MESSAGES } from './i18n/messages.ts';
import { CategorySwitches } from './pages/category-switches.tsx';
import { InterestsResolved } from './pages/interests-resolved.tsx';
import { NotificationSwitch } from './pages/notification-switch.tsx';
import { PairingPanel } from './pages/pairing-panel.tsx';
import { FIELDSET_STYLE, PAGE_STYLE, ROW_STYLE } from './pages/page-style.ts';
import { listedSiteOrigins } from './pages/listed-site-origins.ts';
import { groupSites } from './pages/site-groups.ts';
import { supportedOrigins, useStoredSettings } from './pages/use-stored-settings.ts';

export default function Options() {
  const { settings, profile, saveSettings, saveProfile } = useStoredSettings();
  const [vaultUrl, setVaultUrl] = useState('');
  const [interests, setInterests] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (settings) setVaultUrl((current) => current || (settings.vaultUrl ?? ''));
    if (settings) document.documentElement.lang = settings.language;
  }, [settings]);
  useEffect(() => {
    if (profile) setInterests((current) => current || profile.interests.join(', '));
  }, [profile]);

  if (!settings || !profile) return null;
  const m = MESSAGES[settings.language];
  const update = (next: Settings) => {
    setStatus('');
    void saveSettings(next);
  };
  /** A site answers at several origins (site-groups.ts): its switches change them all. */
  const setSite = (
    origins: readonly string[],
    change: (site: SiteSettings) => Partial<SiteSettings>,
  ) => update(withGroupChange(settings, origins, change));

  const save = async () => {
    const next = { ...settings, vaultUrl: vaultUrl.trim() || undefined };
    if (!SettingsSchema.safeParse(next).success) {
      setStatus(m.invalidUrl);
      return;
    }
    await saveSettings(next);
    await saveProfile({ ...profile, interests: parseInterests(interests) });
    setStatus(m.saved);
  };

  return (
    <main style={{ ...PAGE_STYLE, maxWidth: 640 }}>
      <h1 style={{ fontSize: 20 }}>{m.optionsTitle}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset style={FIELDSET_STYLE}>
          <legend>{m.vaultLegend}</legend>
          <label style={ROW_STYLE} htmlFor="vault-url">
            {m.vaultUrl}
          </label>
          <input
            id="vault-url"
            type="url"
            value={vaultUrl}
            size={40}
            onChange={(e) => setVaultUrl(e.target.value)}
          />
          <PairingPanel
            m={m}
            language={settings.language}
            vaultUrl={vaultUrl}
            onConnect={() => void saveSettings({ ...settings, vaultUrl: vaultUrl.trim() })}
            valid={
              SettingsSchema.safeParse({ vaultUrl: vaultUrl.trim() || undefined }).success &&
              vaultUrl.trim() !== ''
            }
          />
        </fieldset>
        <fieldset style={FIELDSET_STYLE}>
          <legend>{m.interestsLegend}</legend>
          <label style={ROW_STYLE} htmlFor="interests">
            {m.interestsHelp}
          </label>
          <textarea
            id="interests"
            rows={3}
            cols={50}
            value={interests}
            onChange={(e) => setInterests(e.target.value)}
          />
          <InterestsResolved text={interests} language={settings.language} />
          {settings.vaultUrl && (
            <p>
              <a
                id="vault-interests"
                href={`${settings.vaultUrl}/welcome`}
                target="_blank"
                rel="noreferrer"
              >
                {m.vaultInterests}
              </a>
            </p>
          )}
        </fieldset>
        <button type="submit">{m.save}</button> <span role="status">{status}</span>
      </form>
      <CategorySwitches settings={settings} onChange={update} />
      <fieldset style={FIELDSET_STYLE}>
        <legend>{m.sitesLegend}</legend>
        <p id="site-reveals">
          <small>{m.siteReveals}</small>
        </p>
        {groupSites(listedSiteOrigins(supportedOrigins(), settings)).map(({ name, origins }) => {
          const site = groupSettings(settings, origins);
          const id = `site-${origins[0] ?? name}`.replace(/[^a-z0-9-]+/gi, '-');
          return (
            // By address: two sites on one host (other ports) share a name.
            <div key={origins.join(' ')} data-site={name} style={{ margin: '4px 0 8px' }}>
              <label style={ROW_STYLE}>
                <input
                  type="checkbox"
                  name="site"
                  value={name}
                  aria-describedby={`${id}-origins`}
                  checked={site.enabled}
                  // On at one address and off at another: neither answer is true.
                  ref={(input) => {
                    if (input) input.indeterminate = site.mixed;
                  }}
                  onChange={(e) => setSite(origins, () => ({ enabled: e.target.checked }))}
                />{' '}
                {name}
              </label>
              <small id={`${id}-origins`} data-origins style={{ display: 'block', marginLeft: 24 }}>
                {m.siteAddresses}{' '}
                {origins.map((origin) => origin.replace(/^https?:\/\//, '')).join(' · ')}
              </small>
              <label style={{ ...ROW_STYLE, marginLeft: 24 }}>
                <input
                  type="checkbox"
                  name="capture"
                  value={name}
                  checked={site.capture}
                  onChange={(e) => setSite(origins, () => ({ capture: e.target.checked }))}
                />{' '}
                {m.captureSwitch}
              </label>
              {site.disabledCategories.length > 0 && (
                <p style={{ margin: '4px 0 0 24px' }} data-stopped-on={name}>
                  {m.stoppedOnSite}{' '}
                  {site.disabledCategories.map((category) => (
                    <button
                      key={category}
                      type="button"
                      data-use-again={category}
                      onClick={() =>
                        setSite(origins, (current) => ({
                          disabledCategories: current.disabledCategories.filter(
                            (c) => c !== category,
                          ),
                        }))
                      }
                    >
                      {m.useAgain.replace(
                        '{category}',
                        CATEGORIES[category].label[settings.language],
                      )}
                    </button>
                  ))}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <fieldset style={FIELDSET_STYLE}>
        <legend>{m.languageLegend}</legend>
        <select
          aria-label={m.languageLegend}
          value={settings.language}
          onChange={(e) => update({ ...settings, language: LanguageSchema.parse(e.target.value) })}
        >
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </fieldset>
      <NotificationSwitch settings={settings} />
    </main>
  );
}
