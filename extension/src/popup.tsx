/**
 * The toolbar popup: mode, the switch for the current site, the dial, the category switches, every place
 * where personalisation acts on the current page, and the way to the vault. Dutch or English as
 * the person chose in the options.
 */
import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';

import { CATEGORIES } from './control/categories.ts';
import { siteSettings, type Mode } from './control/settings.ts';
import { withGroupChange } from './control/site-group-settings.ts';
import { FOCUS_MESSAGES } from './i18n/focus-messages.ts';
import { MESSAGES } from './i18n/messages.ts';
import {
  StoredReportSchema,
  TasteCountResponseSchema,
  type StoredReport,
} from './messaging/runtime-messages.ts';
import { CategorySwitches } from './pages/category-switches.tsx';
import { DialControl } from './pages/dial-control.tsx';
import { PromptCard } from './pages/prompt-card.tsx';
import { FIELDSET_STYLE, PAGE_STYLE, ROW_STYLE } from './pages/page-style.ts';
import { listedSiteOrigins } from './pages/listed-site-origins.ts';
import { siteGroupOf } from './pages/site-groups.ts';
import { supportedOrigins, useStoredSettings } from './pages/use-stored-settings.ts';
import { usePairingStatus } from './pages/use-pairing-status.ts';
import { ACCESS_ENDED } from './vault/pairing-status.ts';

/** The tab the popup is about: the active one, or `?tabId=` (when the popup is opened as a page). */
async function currentTab(): Promise<{ id?: number; origin?: string }> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  const tab =
    Number.isInteger(fromQuery) && fromQuery > 0
      ? await browser.tabs.get(fromQuery)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  let origin: string | undefined;
  try {
    origin = tab?.url ? new URL(tab.url).origin : undefined;
  } catch {
    origin = undefined;
  }
  return { id: tab?.id, origin };
}

const MODES: Mode[] = ['on', 'limited', 'off'];

/** storage.local: the cold-start invitation was shown (it is shown once). */
const INVITED_KEY = 'verwonder/invited';

/**
 * Whether to invite the person to state interests: the worker says nothing is known of them (not
 * paired, nothing stated or done) and the mode is not off; and not invited before.
 */
async function shouldInvite(): Promise<boolean> {
  if ((await browser.storage.local.get(INVITED_KEY))[INVITED_KEY] === true) return false;
  const answer = TasteCountResponseSchema.safeParse(
    await browser.runtime.sendMessage({ type: 'verwonder/get-taste-count' }),
  );
  if (!answer.success || !answer.data.invite) return false;
  await browser.storage.local.set({ [INVITED_KEY]: true });
  return true;
}

export default function Popup() {
  const { settings, saveSettings } = useStoredSettings();
  const pairing = usePairingStatus();
  const [tab, setTab] = useState<{ id?: number; origin?: string }>({});
  const [report, setReport] = useState<StoredReport>();
  const [invite, setInvite] = useState(false);

  useEffect(() => {
    void shouldInvite().then(setInvite, () => setInvite(false));
  }, []);

  useEffect(() => {
    void currentTab().then(setTab);
  }, []);

  useEffect(() => {
    if (tab.id === undefined) return;
    const load = () =>
      browser.runtime
        .sendMessage({ type: 'verwonder/get-page-report', tabId: tab.id })
        .then((answer) => setReport(StoredReportSchema.parse(answer)));
    void load();
    // The page re-reports after each change; settings changes are a good moment to look again.
    const listener = () => void setTimeout(load, 300);
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [tab.id]);

  // Another site the person already turned Verwonder on for (an optional host permission).
  const [granted, setGranted] = useState<boolean>();
  const [justGranted, setJustGranted] = useState(false);
  useEffect(() => {
    if (!tab.origin || !/^https?:/.test(tab.origin)) return;
    void browser.permissions
      .contains({ origins: [`${tab.origin}/*`] })
      .then(setGranted, () => setGranted(false));
  }, [tab.origin]);

  useEffect(() => {
    if (settings) document.documentElement.lang = settings.language;
  }, [settings]);

  if (!settings) return null;
  const m = MESSAGES[settings.language];
  const citySite = tab.origin !== undefined && supportedOrigins().includes(tab.origin);
  const supported = citySite || granted === true;
  const canAsk = !supported && granted === false && tab.origin !== undefined;
  // Called straight from the click: browsers only show the permission prompt on a user gesture.
  const enableSite = () => {
    if (!tab.origin || !settings) return;
    const origin = tab.origin;
    void browser.permissions.request({ origins: [`${origin}/*`] }).then(async (ok) => {
      if (!ok) return;
      const current = siteSettings(settings, origin);
      await saveSettings({
        ...settings,
        sites: { ...settings.sites, [origin]: { ...current, enabled: true } },
      });
      setGranted(true);
      setJustGranted(true);
    });
  };
  const site = tab.origin ? siteSettings(settings, tab.origin) : undefined;
  // The site the tab is on, with its other addresses (site-groups.ts): switched as one, and named
  // as the options list names it.
  const group = tab.origin
    ? siteGroupOf(listedSiteOrigins(supportedOrigins(), settings), tab.origin)
    : undefined;
  // A report made on another site (the tab has left it) says nothing about this page.
  const shown = report && report.origin === tab.origin ? report : undefined;
  const setSite = (enabled: boolean) => {
    if (!group) return;
    void saveSettings(withGroupChange(settings, group.origins, () => ({ enabled })));
  };

  return (
    <main style={{ ...PAGE_STYLE, width: 340 }}>
      <h1 style={{ fontSize: 18, margin: '0 0 8px' }}>{m.popupTitle}</h1>
      <PromptCard language={settings.language} />
      {invite && (
        <p id="invite" role="note">
          {m.invite}{' '}
          {settings.vaultUrl ? (
            <a href={`${settings.vaultUrl}/welcome`} target="_blank" rel="noreferrer">
              {m.inviteAction}
            </a>
          ) : (
            <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
              {m.inviteAction}
            </button>
          )}
        </p>
      )}
      <fieldset style={FIELDSET_STYLE}>
        <legend>{m.modeLegend}</legend>
        {MODES.map((mode) => (
          <label key={mode} style={ROW_STYLE}>
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={settings.mode === mode}
              onChange={() => void saveSettings({ ...settings, mode })}
            />{' '}
            {mode === 'on' ? m.modeOn : mode === 'limited' ? m.modeLimited : m.modeOff}
          </label>
        ))}
      </fieldset>
      {supported && site ? (
        <label style={{ ...ROW_STYLE, marginBottom: 12 }}>
          <input
            type="checkbox"
            name="site"
            checked={site.enabled}
            onChange={(e) => setSite(e.target.checked)}
          />{' '}
          {m.siteSwitch} ({group?.name})
        </label>
      ) : (
        <p>{m.noSite}</p>
      )}
      {canAsk && (
        <p>
          <button type="button" id="enable-site" onClick={enableSite}>
            {m.enableSite}
          </button>{' '}
          <small>{m.enableSiteNote}</small>
        </p>
      )}
      {((supported && site) || canAsk) && (
        <p id="site-reveals">
          <small>{m.siteReveals}</small>
        </p>
      )}
      {justGranted && <p role="status">{m.enabledSiteReload}</p>}
      <DialControl settings={settings} onChange={(next) => void saveSettings(next)} />
      <CategorySwitches settings={settings} onChange={(next) => void saveSettings(next)} />
      <section aria-labelledby="places-title">
        <h2 id="places-title" style={{ fontSize: 15, margin: '0 0 4px' }}>
          {m.placesTitle}
        </h2>
        {shown?.obscured && <p role="alert">{m.obscuredWarning}</p>}
        {shown && shown.places.length > 0 ? (
          <ul id="places">
            {shown.places.map((place, index) => (
              <li key={index} data-kind={place.kind}>
                {place.kind === 'zone'
                  ? m.placeZone
                  : place.kind === 'focus'
                    ? FOCUS_MESSAGES[settings.language].placeFocus.replace('{action}', place.title)
                    : `${place.kind === 'surprise' ? m.surprise : place.kind === 'baseline' ? m.baselinePill : place.kind === 'known' ? m.knownPill : m.forYou}: ${place.title}`}
                {place.categories.length > 0 &&
                  ` (${place.categories.map((c) => CATEGORIES[c].label[settings.language]).join(', ')})`}
              </li>
            ))}
          </ul>
        ) : (
          <p id="places-none">{m.placesNone}</p>
        )}
      </section>
      {pairing.state === 'unpaired' && pairing.error === ACCESS_ENDED && (
        <p id="vault-access-ended" role="status">
          {m.pairingAccessEnded}
        </p>
      )}
      <p>
        {settings.vaultUrl ? (
          <a href={settings.vaultUrl} target="_blank" rel="noreferrer">
            {m.openVault}
          </a>
        ) : (
          m.noVault
        )}{' '}
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {m.openOptions}
        </button>
      </p>
    </main>
  );
}
