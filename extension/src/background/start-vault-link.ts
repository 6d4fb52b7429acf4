/**
 * The worker's link with the vault: the connection and the encrypted cache of its records, the
 * queue of records sent to it, the reading of the person's records for ranking (on demand, after
 * pairing and every 15 minutes, with only the categories some site may use now), the end of the
 * pairing on the vault's callback page, and forgetting everything when the vault ends the access.
 */
import browser from 'webextension-polyfill';

import type { CategoryId } from '../control/categories.ts';
import { categoriesInUse } from '../control/categories-in-use.ts';
import { parseSettings, SETTINGS_KEY } from '../control/settings.ts';
import { forgetEndedAccess } from '../vault/access-ended.ts';
import { EncryptedCache } from '../vault/encrypted-cache.ts';
import { openKeyValueDb } from '../vault/key-value-db.ts';
import { finishPairing, type PairingDeps } from '../vault/pairing-flow.ts';
import { isPaired } from '../vault/pairing-status.ts';
import { reconcilePairing } from '../vault/reconcile-pairing.ts';
import { syncRecords } from '../vault/record-sync.ts';
import { serial } from '../vault/serial.ts';
import { servedVaultTaste } from '../vault/served-vault-taste.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import { VaultConnection } from '../vault/vault-connection.ts';
import { refreshVaultTasteChanges, VAULT_TASTE_VERSION_KEY } from '../vault/vault-taste.ts';
import { handleRefreshAlarm, REFRESH_ALARM, REFRESH_PERIOD_MINUTES } from './refresh-alarm.ts';
import { tasteRefresh, type TasteRefresh } from './taste-refresh.ts';

/**
 * The vault's records for ranking are read again when a page asks for them or the popup opens, at
 * most this often (and right after pairing); a container the vault answers 304 for is not re-read.
 * When something changed, the open pages are told (a version in storage.local) and rank again.
 */
const TASTE_REFRESH_MS = 2_000;

export interface VaultLink {
  fetch: typeof fetch;
  cache: EncryptedCache;
  connection: VaultConnection;
  /** The one gate (the status the pages show): reads, sync and what is served all ask it. */
  paired(): Promise<boolean>;
  /** The vault's records of the `allowed` categories, from the cache. */
  vaultTaste(allowed: readonly CategoryId[]): Promise<TasteRecord[]>;
  /** Profile read-modify-writes (message handler, sync) one at a time. */
  exclusive: ReturnType<typeof serial>;
  /** Sends the queue (and reads the vault again when due); one sync at a time. */
  requestSync(): void;
  taste: TasteRefresh;
  pairingDeps(): Promise<PairingDeps>;
}

/** Starts the link; `supportedOrigins` are the sites the content script runs on, kept current. */
export function startVaultLink(supportedOrigins: ReadonlySet<string>): VaultLink {
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
  const paired = () => isPaired(browser.storage.local);
  const vaultTaste = (allowed: readonly CategoryId[]) =>
    servedVaultTaste({ local: browser.storage.local, cache }, allowed);
  const exclusive = serial();
  /** One sync at a time; a request during one runs once more after it. */
  const syncs = serial();
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
  const sendQueue = async () => {
    await syncRecords({
      local: browser.storage.local,
      connection,
      exclusive,
      now: () => new Date(),
    });
  };
  const requestSync = () => {
    if (syncWanted) return;
    syncWanted = true;
    void syncs(async () => {
      syncWanted = false;
      await sendQueue();
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
  browser.alarms.onAlarm.addListener((alarm) => {
    void handleRefreshAlarm(alarm, {
      flushQueue: () => syncs(sendQueue),
      paired,
      refreshTaste: () => syncs(readTaste),
    }).catch(() => undefined);
  });
  void browser.alarms.get(REFRESH_ALARM).then((existing) => {
    if (!existing)
      browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_PERIOD_MINUTES });
  });

  return {
    fetch: fetcher,
    cache,
    connection,
    paired,
    vaultTaste,
    exclusive,
    requestSync,
    taste,
    pairingDeps,
  };
}
