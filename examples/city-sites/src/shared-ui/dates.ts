import {
  DAYS_OF_WEEK,
  type DayOfWeek,
  type OpeningHours,
} from '@verwonder/shared/catalog/index.ts';

const TIME_ZONE = 'Europe/Brussels';

const dayFormat = new Intl.DateTimeFormat('nl-BE', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDayFormat = new Intl.DateTimeFormat('nl-BE', {
  timeZone: TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('nl-BE', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const keyFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const partsFormat = new Intl.DateTimeFormat('nl-BE', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'short',
});

const asDate = (d: Date | string): Date => (typeof d === 'string' ? new Date(d) : d);

/** "zaterdag 28 november 2026" */
export const formatDay = (d: Date | string): string => dayFormat.format(asDate(d));
/** "za 28 nov 2026" */
export const formatShortDay = (d: Date | string): string => shortDayFormat.format(asDate(d));
/** "20:00" */
export const formatTime = (d: Date | string): string => timeFormat.format(asDate(d));
/** Calendar day in Antwerp as YYYY-MM-DD, for grouping and date inputs. */
export const dayKey = (d: Date | string): string => keyFormat.format(asDate(d));

/** Day number and short month for a date badge. */
export function dateBadge(d: Date | string): { day: string; month: string } {
  const parts = partsFormat.formatToParts(asDate(d));
  return {
    day: parts.find((p) => p.type === 'day')?.value ?? '',
    month: (parts.find((p) => p.type === 'month')?.value ?? '').replace('.', ''),
  };
}

/** "za 28 nov 2026, 20:00–22:30" or across days "28 nov 2026 20:00 – 2 dec 2026 18:00". */
export function formatSpan(start: string, end: string): string {
  if (dayKey(start) === dayKey(end)) {
    return start === end
      ? `${formatShortDay(start)}, ${formatTime(start)}`
      : `${formatShortDay(start)}, ${formatTime(start)}–${formatTime(end)}`;
  }
  return `${formatShortDay(start)} t/m ${formatShortDay(end)}`;
}

export const DAY_LABELS: Record<DayOfWeek, { short: string; long: string }> = {
  monday: { short: 'ma', long: 'maandag' },
  tuesday: { short: 'di', long: 'dinsdag' },
  wednesday: { short: 'wo', long: 'woensdag' },
  thursday: { short: 'do', long: 'donderdag' },
  friday: { short: 'vr', long: 'vrijdag' },
  saturday: { short: 'za', long: 'zaterdag' },
  sunday: { short: 'zo', long: 'zondag' },
};

const DAY_ORDER: readonly DayOfWeek[] = DAYS_OF_WEEK;

/** "di–zo 10:00–17:00"; consecutive days are collapsed into a range. */
export function formatOpeningHours(h: OpeningHours): string {
  const idx = [...new Set(h.dayOfWeek)].map((d) => DAY_ORDER.indexOf(d)).sort((a, b) => a - b);
  const ranges: string[] = [];
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && (idx[j + 1] as number) === (idx[j] as number) + 1) j++;
    const from = DAY_LABELS[DAY_ORDER[idx[i] as number] as DayOfWeek].short;
    const to = DAY_LABELS[DAY_ORDER[idx[j] as number] as DayOfWeek].short;
    ranges.push(j - i >= 2 ? `${from}–${to}` : j > i ? `${from}, ${to}` : from);
    i = j + 1;
  }
  return `${ranges.join(', ')} ${h.opens}–${h.closes}`;
}

/** schema.org day URL for a DayOfWeek. */
export const schemaDay = (d: DayOfWeek): string =>
  `https://schema.org/${d.charAt(0).toUpperCase()}${d.slice(1)}`;

export function formatEuro(amount: number): string {
  return new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' }).format(amount);
}

/** The instant an Antwerp calendar day (YYYY-MM-DD) begins, across summer and winter time. */
export function startOfDayInAntwerp(isoDate: string): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = new Date(`${isoDate}T00:00:00${offset}`);
    if (dayKey(candidate) === isoDate && formatTime(candidate) === '00:00') return candidate;
  }
  return new Date(`${isoDate}T00:00:00+01:00`);
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = sunday … 6 = saturday, for a YYYY-MM-DD date. */
export function dayOfWeekIndex(isoDate: string): number {
  return new Date(`${isoDate}T12:00:00Z`).getUTCDay();
}
