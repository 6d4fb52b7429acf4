/** The background service worker (an event page on Firefox): answers runtime messages, pairs, syncs. */
import browser from 'webextension-polyfill';

import { categoriesInUse } from '../control/categories-in-use.ts';
import { parseSettings, SETTINGS_KEY } from '../control/settings.ts';
import { originOfMatchPattern } from '../messaging/sender-check.ts';
import { BRIDGE_ASSET } from '../ranking/bridge-asset.ts';
import { ITEM_MODEL_ASSET } from '../ranking/item-model-asset.ts';
import { lazyBridge } from '../ranking/lazy-bridge.ts';
import { lazyItemModel } from '../ranking/lazy-item-model.ts';
import { startPairing } from '../vault/pairing-flow.ts';
import { unpair } from '../vault/unpair.ts';
import { readProfileFields } from '../vault/vault-profile.ts';
import { clearVaultTaste, VAULT_TASTE_VERSION_KEY } from '../vault/vault-taste.ts';
import { startDailyNotifications } from './daily-notifications.ts';
import type { BackgroundDeps } from './background-deps.ts';
import { handleRuntimeMessage } from './handle-runtime-message.ts';
import { forgetReportElsewhere, reportKey } from './page-reports.ts';
import { rankBudget } from './rank-budget.ts';
import { routeMessage } from './route-message.ts';
import { startPromptBadge } from './start-prompt-badge.ts';
import { startSiteScriptSync } from './start-site-script-sync.ts';
import { startVaultLink } from './start-vault-link.ts';

const manifest = browser.runtime.getManifest();
// The city sites are where the content script runs (the vault has a host permission, no script).
// Firefox's build keeps the exact (ported) origins in include_globs; its matches have no port.
const contentMatches = (manifest.content_scripts ?? []).flatMap(
  (script) => script.include_globs ?? script.matches ?? [],
);
const contentJs = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
const requiredHosts = manifest.host_permissions ?? [];
/** The city sites plus the other sites the person turned on (kept current by startSiteScriptSync). */
const citySiteOrigins = contentMatches.flatMap((pattern) => originOfMatchPattern(pattern) ?? []);
const supportedOrigins = new Set(citySiteOrigins);

const vault = startVaultLink(supportedOrigins);
const { cache, connection, paired, vaultTaste, exclusive, requestSync, taste } = vault;
const fetcher = vault.fetch;

const deps: BackgroundDeps = {
  version: manifest.version,
  extensionId: browser.runtime.id,
  extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
  supportedOrigins,
  local: browser.storage.local,
  session: browser.storage.session,
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
  queued: requestSync,
  vault: {
    pair: async (vaultUrl) => startPairing(vaultUrl, await vault.pairingDeps()),
    unpair: async () => {
      await unpair({ local: browser.storage.local, connection, fetch: fetcher });
      await clearVaultTaste(cache);
      await browser.storage.local.set({ [VAULT_TASTE_VERSION_KEY]: Date.now() });
    },
  },
  vaultTaste,
  freshen: () => taste.ask(),
  profileFields: async () =>
    (await paired()) ? readProfileFields(connection).catch(() => ({})) : {},
  // Read from the extension's own package (not web-accessible), once per worker life.
  itemModel: lazyItemModel({ url: browser.runtime.getURL(ITEM_MODEL_ASSET), fetch: fetcher }),
  bridge: lazyBridge({ url: browser.runtime.getURL(BRIDGE_ASSET), fetch: fetcher }),
  rankBudget: rankBudget({
    session: browser.storage.session,
    now: () => Date.now(),
    log: (text) => console.info(text),
  }),
};
browser.tabs.onRemoved.addListener(
  (tabId) => void deps.rankBudget?.forget(tabId).catch(() => undefined),
);
// The popup lists a tab's marks only while the tab is on the site they were made on.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url) void forgetReportElsewhere(browser.storage.session, tabId, change.url);
});
browser.tabs.onRemoved.addListener(
  (tabId) => void browser.storage.session.remove(reportKey(tabId)),
);

const route = routeMessage({
  exclusive,
  handle: (message, sender) => handleRuntimeMessage(message, sender, deps),
});
browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  // undefined leaves the message to other listeners; the polyfill sends a resolved value back.
  route(message, sender).then((response) => response ?? undefined),
);

startSiteScriptSync({ requiredHosts, contentJs, citySiteOrigins, supportedOrigins });
// A category no site may use any more leaves the cache soon; one now in use is read.
browser.storage.onChanged.addListener((changes, area) => {
  const change = area === 'local' ? changes[SETTINGS_KEY] : undefined;
  if (!change) return;
  const [before, after] = [change.oldValue, change.newValue].map((value: unknown) =>
    categoriesInUse(parseSettings(value), supportedOrigins).join(),
  );
  if (before !== after) taste.ask();
});

// The opt-in daily notification (its own alarm; nothing happens while it is off).
startDailyNotifications({
  fetch: fetcher,
  vaultTaste,
  // The pages' own loader: one load of the bridge serves both.
  bridge: deps.bridge,
});

startPromptBadge({ vaultTaste, normalTitle: manifest.action?.default_title ?? 'Verwonder' });
