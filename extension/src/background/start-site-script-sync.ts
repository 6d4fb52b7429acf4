/**
 * Keeps the content script registered on the sites the person granted from the popup (besides the
 * city sites of the manifest) and `supportedOrigins` current with them: at start, and whenever the
 * permissions or the settings change.
 */
import browser from 'webextension-polyfill';

import { parseSettings, SETTINGS_KEY } from '../control/settings.ts';
import { serial } from '../vault/serial.ts';
import { planSiteScripts } from './site-scripts.ts';

export function startSiteScriptSync(options: {
  /** The manifest's host permissions (the city sites and the vault). */
  requiredHosts: readonly string[];
  /** The content script's files, as the manifest names them. */
  contentJs: readonly string[];
  /** The city sites' origins, always supported. */
  citySiteOrigins: readonly string[];
  /** The city sites plus the other sites the person turned on: kept current here. */
  supportedOrigins: Set<string>;
}): void {
  const { supportedOrigins } = options;
  const syncSiteScripts = serial();
  const reconcileSiteScripts = () =>
    syncSiteScripts(async () => {
      const [granted, registered, stored] = await Promise.all([
        browser.permissions.getAll(),
        browser.scripting.getRegisteredContentScripts(),
        browser.storage.local.get(SETTINGS_KEY),
      ]);
      const plan = planSiteScripts({
        granted: granted.origins ?? [],
        required: options.requiredHosts,
        registeredIds: registered.map((script) => script.id),
        settings: parseSettings(stored[SETTINGS_KEY]),
        js: options.contentJs,
      });
      if (plan.unregister.length > 0) {
        await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
      }
      if (plan.register.length > 0) await browser.scripting.registerContentScripts(plan.register);
      supportedOrigins.clear();
      for (const origin of [...options.citySiteOrigins, ...plan.origins])
        supportedOrigins.add(origin);
    }).catch(() => undefined);
  browser.permissions.onAdded.addListener(() => void reconcileSiteScripts());
  browser.permissions.onRemoved.addListener(() => void reconcileSiteScripts());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void reconcileSiteScripts();
  });
  void reconcileSiteScripts();
}
