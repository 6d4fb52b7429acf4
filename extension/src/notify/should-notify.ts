/**
 * Whether the daily notification may be shown now: the person switched it on, personalisation is
 * not off, none was shown today, and it is not night. Quiet hours are 21:30 to 09:00 local time:
 * late enough to still point at an evening activity, never waking anyone. The day and the quiet
 * hours are the person's own, so they stay in the device's zone; only what is said about the
 * activity (its time, "vanavond") is in Antwerp's (antwerp-clock.ts).
 */
import type { Mode } from '../control/settings.ts';

export const QUIET_FROM_MINUTES = 21 * 60 + 30;
export const QUIET_UNTIL_MINUTES = 9 * 60;

/** The local calendar day of `time`, YYYY-MM-DD. */
export function localDay(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

/** 21:30 up to (not including) 09:00, in the device's time zone. */
export function isQuietTime(time: Date): boolean {
  const minutes = time.getHours() * 60 + time.getMinutes();
  return minutes >= QUIET_FROM_MINUTES || minutes < QUIET_UNTIL_MINUTES;
}

export type NotifyDecision =
  | { notify: true; day: string }
  | { notify: false; reason: 'not-opted-in' | 'personalisation-off' | 'already-today' | 'quiet' };

export function shouldNotify(input: {
  enabled: boolean;
  mode: Mode;
  /** The local day of the last notification, if any. */
  lastNotifiedDay: string | undefined;
  now: Date;
}): NotifyDecision {
  if (!input.enabled) return { notify: false, reason: 'not-opted-in' };
  if (input.mode === 'off') return { notify: false, reason: 'personalisation-off' };
  const day = localDay(input.now);
  if (input.lastNotifiedDay === day) return { notify: false, reason: 'already-today' };
  if (isQuietTime(input.now)) return { notify: false, reason: 'quiet' };
  return { notify: true, day };
}
