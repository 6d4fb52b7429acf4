import { CONVERSION_WINDOW_DAYS } from '@verwonder/shared/insight/conversion.ts';
import { weekStart } from './iso-week.ts';

const DAY = 86_400_000;
/** How long a week is the one the vaults report (their timer moves on to the next one after it). */
export const REPORTING_DAYS = 7;
/** Room for a vault's run still under way when the week stops being the reportable one. */
export const REPORTING_GRACE_DAYS = 1;

/**
 * When a week becomes reportable: its last impression (Sunday) has had its full conversion window,
 * so a report is final when sent.
 */
export const reportableFrom = (week: string): Date =>
  new Date(weekStart(week).getTime() + (7 + CONVERSION_WINDOW_DAYS) * DAY);

/**
 * When the collector may collect a week: after every vault has had the whole reporting week (and a
 * day's grace) to send it. Collecting closes the week, so collecting earlier would shut out the
 * people whose vaults had not sent yet.
 */
export const collectableFrom = (week: string): Date =>
  new Date(reportableFrom(week).getTime() + (REPORTING_DAYS + REPORTING_GRACE_DAYS) * DAY);
