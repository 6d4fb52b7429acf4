/** The background service worker (an event page on Firefox): answers runtime messages, pairs, syncs. */
import browser from 'webextension-polyfill';

import type { CategoryId } from '../control/categories.ts';
import { categoriesInUse } from '../control/categories-in-use.ts';
import { parseSettings, SETTINGS_KEY } from '../control/settings.ts';
import { originOfMatchPattern } from '../messaging/sender-check.ts';
import { EncryptedCache } from '../vault/encrypted-cache.ts';
import { openKeyValueDb } from '../vault/key-value-db.ts';
import { forgetEndedAccess } from '../vault/access-ended.ts';
import { finishPairing, startPairing, type PairingDeps } from '../vault/pairing-flow.ts';
import { isPaired } from '../vault/pairing-status.ts';
import { reconcilePairing } from '../vault/reconcile-pairing.ts';
import { syncRecords } from '../vault/record-sync.ts';
import { serial } from '../vault/serial.ts';
import { servedVaultTaste } from '../vault/served-vault-taste.ts';
import {
  clearVaultTaste,
  refreshVaultTasteChanges,
  VAULT_TASTE_VERSION_KEY,
} from '../vault/vault-taste.ts';
import { VaultConnection } from '../vault/vault-connection.ts';
import { unpair } from '../vault/unpair.ts';
import { readProfileFields } from '../vault/vault-profile.ts';
import { ITEM_MODEL_ASSET } from '../ranking/item-model-asset.ts';
import { lazyItemModel } from '../ranking/lazy-item-model.ts';
import { BRIDGE_ASSET } from '../ranking/bridge-asset.ts';
import { lazyBridge } from '../ranking/lazy-bridge.ts';
import { startDailyNotifications } from './daily-notifications.ts';
import { handleRuntimeMessage, type BackgroundDeps } from './handle-runtime-message.ts';
import { handleRefreshAlarm, REFRESH_ALARM, REFRESH_PERIOD_MINUTES } from './refresh-alarm.ts';
import { forgetReportElsewhere, reportKey } from './page-reports.ts';
import { rankBudget } from './rank-budget.ts';
import { routeMessage } from './route-message.ts';
import { tasteRefresh } from './taste-refresh.ts';
import { planSiteScripts } from './site-scripts.ts';
import { INSIGHT_MESSAGES } from '../i18n/insight-messages.ts';
import { PROMPTS_KEY } from '../insight/feedback-prompts.ts';
import { showPromptBadge } from './prompt-badge.ts';
import { waitingQuestion } from './prompt-handler.ts';

const manifest = browser.runtime.getManifest();
// The city sites are where the content script runs (the vault has a host permission, no script).
// Firefox's build keeps the exact (ported) origins in include_globs; its matches have no port.
const contentMatches = (manifest.content_scripts ?? []).flatMap(
  (script) => script.include_globs ?? script.matches ?? [],
);
const contentJs = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
const requiredHosts = manifest.host_permissions ?? [];
/** The city sites plus the other sites the person turned on (kept current by syncSiteScripts). */
const citySiteOrigins = contentMatches.flatMap((pattern) => originOfMatchPattern(pattern) ?? []);
const supportedOrigins = new Set(citySiteOrigins);

const db = openKeyValueDb();
const fetcher: typeof fetch = (input, init) => fetch(input, init);
const cache = new EncryptedCache(db, browser.storage.session);
const connection = new VaultConnection({
  db,
  fetch: fetcher,
  now: () => Date.now(),
  // The person ended the extension's access in their vault: unpaired, nothing of it kept.
  onGrantEnded: (ended) =>
    forgetEndedAccess(
      { local: browser.storage.local, cache, fetch: fetcher, now: () => Date.now() },
      ended,
    ),
});
/** The one gate (the status the pages show): reads, sync and what is served all ask it. */
const paired = () => isPaired(browser.storage.local);
const vaultTaste = (allowed: readonly CategoryId[]) =>
  servedVaultTaste({ local: browser.storage.local, cache }, allowed);
/** Profile read-modify-writes (message handler, sync) one at a time. */
const exclusive = serial();
/** One sync at a time; a request during one runs once more after it. */
const syncs = serial();
/**
 * The vault's records for ranking are read again when a page asks for them or the popup opens, at
 * most this often (and right after pairing); a container the vault answers 304 for is not re-read.
 * When something changed, the open pages are told (a version in storage.local) and rank again.
 */
const TASTE_REFRESH_MS = 2_000;
let syncWanted = false;
/** The categories some site may use now (none while off), from the settings as stored. */
const tasteInUse = async () =>
  categoriesInUse(
    parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]),
    supportedOrigins,
  );
const readTaste = async () => {
  taste.started();
  const { changed } = await refreshVaultTasteChanges(connection, cache, await tasteInUse());
  if (changed) await browser.storage.local.set({ [VAULT_TASTE_VERSION_KEY]: Date.now() });
};
const requestSync = () => {
  if (syncWanted) return;
  syncWanted = true;
  void syncs(async () => {
    syncWanted = false;
    await syncRecords({
      local: browser.storage.local,
      connection,
      exclusive,
      now: () => new Date(),
    });
    if (taste.due() && (await paired())) await readTaste();
  }).catch(() => undefined);
};
const taste = tasteRefresh({
  now: () => Date.now(),
  later: (fn, ms) => void setTimeout(fn, ms),
  refresh: requestSync,
  intervalMs: TASTE_REFRESH_MS,
});

const pairingDeps = async (): Promise<PairingDeps> => {
  const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  return {
    local: browser.storage.local,
    session: browser.storage.session,
    db,
    connection,
    fetch: fetcher,
    now: () => Date.now(),
    openTab: async (url) => (await browser.tabs.create({ url, active: true })).id,
    closeTab: (tabId) => browser.tabs.remove(tabId),
    language: settings.language,
  };
};

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
    pair: async (vaultUrl) => startPairing(vaultUrl, await pairingDeps()),
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

// The authorization ends on the vault's callback page: only that URL (with our state) is taken.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (!change.url) return;
  const url = change.url;
  void pairingDeps()
    .then((pairing) => finishPairing(tabId, url, pairing))
    .then((ours) => {
      if (!ours) return;
      taste.reset();
      requestSync();
    })
    .catch(() => undefined);
});

// Whatever was queued while the vault could not be reached goes out when the worker starts again,
// once the status agrees with the stored session.
void reconcilePairing({ local: browser.storage.local, connection })
  .catch(() => undefined)
  .then(requestSync);

// Every 15 minutes (an alarm wakes a sleeping worker): send the queue, read the vault again.
const flushQueue = () =>
  syncs(async () => {
    await syncRecords({
      local: browser.storage.local,
      connection,
      exclusive,
      now: () => new Date(),
    });
  });
browser.alarms.onAlarm.addListener((alarm) => {
  void handleRefreshAlarm(alarm, {
    flushQueue,
    paired,
    refreshTaste: () => syncs(readTaste),
  }).catch(() => undefined);
});
void browser.alarms.get(REFRESH_ALARM).then((existing) => {
  if (!existing) browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_PERIOD_MINUTES });
});

/** Registers or unregisters the content script for the sites granted from the popup. */
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
      required: requiredHosts,
      registeredIds: registered.map((script) => script.id),
      settings: parseSettings(stored[SETTINGS_KEY]),
      js: contentJs,
    });
    if (plan.unregister.length > 0) {
      await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
    }
    if (plan.register.length > 0) await browser.scripting.registerContentScripts(plan.register);
    supportedOrigins.clear();
    for (const origin of [...citySiteOrigins, ...plan.origins]) supportedOrigins.add(origin);
  }).catch(() => undefined);
browser.permissions.onAdded.addListener(() => void reconcileSiteScripts());
browser.permissions.onRemoved.addListener(() => void reconcileSiteScripts());
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SETTINGS_KEY in changes) void reconcileSiteScripts();
});
void reconcileSiteScripts();
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

/** The "?" badge while a question after a conversion waits; looked at again when anything it rests on changes. */
const badges = serial();
const refreshPromptBadge = () =>
  badges(async () => {
    const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
    const question = await waitingQuestion({
      local: browser.storage.local,
      now: () => new Date(),
      newId: () => crypto.randomUUID(),
      vaultTaste,
    });
    await showPromptBadge(browser.action, question !== undefined, {
      waiting: INSIGHT_MESSAGES[settings.language].badgeTitle,
      normal: manifest.action?.default_title ?? 'Verwonder',
    });
  }).catch(() => undefined);
browser.storage.onChanged.addListener((changes, area) => {
  if (
    area === 'local' &&
    (PROMPTS_KEY in changes || VAULT_TASTE_VERSION_KEY in changes || SETTINGS_KEY in changes)
  )
    void refreshPromptBadge();
});
void refreshPromptBadge();
