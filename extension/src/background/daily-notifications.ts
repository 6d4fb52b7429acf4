/**
 * Wires the daily notification into the worker: the `verwonder/notify` alarm, `notifications.create`
 * with a "Stop deze meldingen" button (Chrome; Firefox has no notification buttons, so there the
 * text says how to stop), a click that opens the activity's page on the agenda site, and the button
 * that switches the opt-in off. The decisions are in ../notify/.
 */
import browser from 'webextension-polyfill';

import type { CategoryId } from '../control/categories.ts';
import type { BridgeSource } from '../ranking/lazy-bridge.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import { fetchUpcomingActivities, onAgenda } from '../notify/agenda-feed.ts';
import type { DailyNotification } from '../notify/daily-notification.ts';
import {
  handleNotifyAlarm,
  NOTIFY_ALARM,
  NOTIFY_PERIOD_MINUTES,
  stopNotifications,
} from '../notify/notify-alarm.ts';

/** Our notifications' ids carry the page to open, so a click works after the worker restarted. */
const ID_PREFIX = 'verwonder/daily ';
const pageOf = (notificationId: string) => {
  if (!notificationId.startsWith(ID_PREFIX)) return undefined;
  const url = notificationId.slice(ID_PREFIX.length);
  return onAgenda(url) ? url : undefined;
};

async function show(notification: DailyNotification): Promise<void> {
  const id = `${ID_PREFIX}${notification.url}`;
  const icon = browser.runtime.getManifest().icons?.['128'];
  const base = {
    type: 'basic' as const,
    title: notification.title,
    ...(icon ? { iconUrl: browser.runtime.getURL(icon) } : {}),
  };
  // Firefox ignores notification buttons (it has the event but shows none) and is the one browser
  // with runtime.getBrowserInfo: there the stop offer goes into the text.
  const withButton =
    typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo !== 'function';
  const options = withButton
    ? { ...base, message: notification.message, buttons: [{ title: notification.stop }] }
    : { ...base, message: `${notification.message} ${notification.stopHint}` };
  await browser.notifications.create(id, options);
}

export function startDailyNotifications(deps: {
  fetch: typeof fetch;
  vaultTaste(allowed: readonly CategoryId[]): Promise<TasteRecord[]>;
  bridge?: BridgeSource;
}): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    void handleNotifyAlarm(alarm, {
      local: browser.storage.local,
      now: () => new Date(),
      upcoming: (day) => fetchUpcomingActivities(deps.fetch, day),
      vaultTaste: deps.vaultTaste,
      bridge: deps.bridge,
      show,
    }).catch(() => undefined);
  });
  void browser.alarms.get(NOTIFY_ALARM).then((existing) => {
    if (!existing) browser.alarms.create(NOTIFY_ALARM, { periodInMinutes: NOTIFY_PERIOD_MINUTES });
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    const url = pageOf(notificationId);
    if (!url) return;
    void browser.tabs.create({ url, active: true });
    void browser.notifications.clear(notificationId);
  });
  browser.notifications.onButtonClicked?.addListener((notificationId) => {
    if (!notificationId.startsWith(ID_PREFIX)) return;
    void stopNotifications(browser.storage.local).then(() =>
      browser.notifications.clear(notificationId),
    );
  });
}
