/**
 * The person's notification choice, in `storage.local` under its own key (apart from the settings,
 * so the background's "stop" and the options page never overwrite each other's other fields):
 * off until they switch it on, and optionally the district they call home (kept on this device only).
 * The day of the last notification is a separate key, written by the background alone.
 */
import {
  _default,
  boolean,
  enum as enumOf,
  optional,
  strictObject,
  type infer as Infer,
} from 'zod/mini';

import { DISTRICT_NAMES } from './district-centres.ts';

export const NOTIFICATIONS_KEY = 'verwonder/notifications';
/** The local calendar day (YYYY-MM-DD) the last notification was shown. */
export const NOTIFIED_DAY_KEY = 'verwonder/notified-day';

export const NotificationSettingsSchema = strictObject({
  enabled: _default(boolean(), false),
  district: optional(enumOf(DISTRICT_NAMES)),
});
export type NotificationSettings = Infer<typeof NotificationSettingsSchema>;

/** Off when absent or malformed: a notification is never the result of a value we cannot read. */
export function parseNotificationSettings(value: unknown): NotificationSettings {
  const parsed = NotificationSettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : { enabled: false };
}
