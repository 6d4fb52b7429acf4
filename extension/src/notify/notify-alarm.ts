/**
 * The daily notification's alarm (every 30 minutes; the alarm wakes a sleeping worker): when
 * should-notify allows it, reads today's agenda, picks with the records allowed for the agenda site
 * and shows one notification, then remembers the day. With the opt-in off nothing is read or asked.
 * Browser calls come in through NotifyDeps (background/daily-notifications.ts wires them).
 */
import type { UpcomingActivity } from '@verwonder/shared/wire/upcoming-activities.ts';

import type { CategoryId } from '../control/categories.ts';
import { parseProfile, PROFILE_KEY } from '../control/local-profile.ts';
import { allowedCategories, parseSettings, SETTINGS_KEY } from '../control/settings.ts';
import type { StorageArea } from '../control/storage-area.ts';
import type { BridgeSource } from '../ranking/lazy-bridge.ts';
import { localTasteRecords, rejectedItems, type TasteRecord } from '../ranking/taste-record.ts';
import { AGENDA_ORIGIN } from './agenda-feed.ts';
import { dailyNotification, type DailyNotification } from './daily-notification.ts';
import {
  NOTIFICATIONS_KEY,
  NOTIFIED_DAY_KEY,
  parseNotificationSettings,
} from './notification-settings.ts';
import { pickNotification } from './pick-notification.ts';
import { shouldNotify, type NotifyDecision } from './should-notify.ts';

export const NOTIFY_ALARM = 'verwonder/notify';
export const NOTIFY_PERIOD_MINUTES = 30;

export interface NotifyDeps {
  local: StorageArea;
  now(): Date;
  /** The agenda's activities starting on this local day (public feed). */
  upcoming(day: string): Promise<UpcomingActivity[]>;
  /** The cached vault records of these categories (none when not paired). */
  vaultTaste(allowed: readonly CategoryId[]): Promise<TasteRecord[]>;
  show(notification: DailyNotification): Promise<void>;
  /** The genre-theme bridge, as pages are ranked with it (lazy-bridge.ts); without it when absent. */
  bridge?: BridgeSource;
}

export type NotifyOutcome =
  'shown' | 'nothing-fits' | Extract<NotifyDecision, { notify: false }>['reason'];

export async function handleNotifyAlarm(
  alarm: { name: string },
  deps: NotifyDeps,
): Promise<NotifyOutcome | undefined> {
  if (alarm.name !== NOTIFY_ALARM) return undefined;
  return runDailyNotification(deps);
}

export async function runDailyNotification(deps: NotifyDeps): Promise<NotifyOutcome> {
  const now = deps.now();
  const choice = parseNotificationSettings(
    (await deps.local.get(NOTIFICATIONS_KEY))[NOTIFICATIONS_KEY],
  );
  const settings = parseSettings((await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const last = (await deps.local.get(NOTIFIED_DAY_KEY))[NOTIFIED_DAY_KEY];
  const decision = shouldNotify({
    enabled: choice.enabled,
    mode: settings.mode,
    lastNotifiedDay: typeof last === 'string' ? last : undefined,
    now,
  });
  if (!decision.notify) return decision.reason;
  // What may be used for the agenda site: the mode, the global and that site's switches.
  const allowed = allowedCategories(settings, AGENDA_ORIGIN);
  if (allowed.length === 0) return 'nothing-fits';
  const profile = parseProfile((await deps.local.get(PROFILE_KEY))[PROFILE_KEY]);
  const [activities, fromVault, bridge] = await Promise.all([
    deps.upcoming(decision.day),
    deps.vaultTaste(allowed),
    deps.bridge?.(),
  ]);
  // A visit or reaction already sent to the vault comes back from it: count it once.
  const inVault = new Set(
    fromVault.flatMap((r) => (r.itemId ? [`${r.category}:${r.itemId}`] : [])),
  );
  const local = localTasteRecords(profile).filter(
    (r) => !(r.itemId && inVault.has(`${r.category}:${r.itemId}`)),
  );
  const pick = pickNotification({
    activities,
    records: [...local, ...fromVault],
    allowed,
    now,
    ...(choice.district ? { district: choice.district } : {}),
    ...(allowed.includes('feedback') ? { excluded: rejectedItems(profile) } : {}),
    dial: settings.dial,
    ...(bridge ? { bridge } : {}),
  });
  if (!pick) return 'nothing-fits';
  // The day first: at most one a day holds even if showing fails.
  await deps.local.set({ [NOTIFIED_DAY_KEY]: decision.day });
  await deps.show(dailyNotification(pick, settings.language));
  return 'shown';
}

/** "Stop deze meldingen": the opt-in goes off (the chosen area stays, for if they turn it on again). */
export async function stopNotifications(local: StorageArea): Promise<void> {
  const choice = parseNotificationSettings((await local.get(NOTIFICATIONS_KEY))[NOTIFICATIONS_KEY]);
  await local.set({ [NOTIFICATIONS_KEY]: { ...choice, enabled: false } });
}
