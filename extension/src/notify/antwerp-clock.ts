/**
 * An activity's time as the clocks in Antwerp show it. The feed's times carry Antwerp's offset, but
 * `Date` reads them back in the device's zone: a visitor whose laptop keeps UK or US time would be
 * told that a concert at 20:15 starts at 19:15 or 14:15. Intl's own Europe/Brussels rules, not
 * shared's brussels-time.ts: that reaches full zod (through catalog/calendar.ts), which the worker
 * bundle must not carry (background/background-imports.test.ts).
 */
export const ANTWERP_TIME_ZONE = 'Europe/Brussels';

const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ANTWERP_TIME_ZONE,
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The hour (0–23) in Antwerp at `time`. */
export function antwerpHour(time: string | Date): number {
  const hour = hourFormat.formatToParts(new Date(time)).find((part) => part.type === 'hour');
  return Number(hour?.value);
}

/** "20:15": the clock time in Antwerp at `time`, written as `locale` writes it. */
export function antwerpClockTime(time: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: ANTWERP_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(time));
}
