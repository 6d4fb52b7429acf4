/**
 * Titles that name a season or a holiday ("Halloweentocht", "Quiz: wintereditie") or promise the
 * open air ("Openluchtcinema", "Yoga in het park") say when the activity happens; an Antwerp
 * resident notices a Halloween walk in September or an open-air film in December at once. This is
 * the one list of those names and their parts of the year, used by the generator (which renames
 * what does not fit) and by the catalogue's validation.
 */
import { addDays, day, DAY_MS, isoDay } from './brussels-time.ts';
import type { Calendar } from './calendar.ts';
import { SEASON_STEP_DAYS } from './season-shift.ts';

export type SeasonName = 'lente' | 'zomer' | 'herfst' | 'winter';

export interface TitleSeason {
  name: string;
  /**
   * A holiday is renamed when out of time; a season's name may be swapped for the right one; an
   * open-air promise (a film or a class in the open) is renamed like a holiday.
   */
  kind: 'holiday' | 'season' | 'open-air';
  /** Matches the name at the start of a word, so "Een midzomernachtdroom" (a play) names no season. */
  pattern: RegExp;
  /** First and last day, [month, day], both inclusive; `from` after `to` runs over New Year. */
  from: readonly [number, number];
  to: readonly [number, number];
}

/** Holidays first: "Winter in Antwerpen: kerstmarkt" is judged by Christmas, not by winter. */
export const TITLE_SEASONS: readonly TitleSeason[] = [
  // The four Sundays before Christmas; Advent Sunday falls between 27 November and 3 December.
  { name: 'Advent', kind: 'holiday', pattern: /\badvent\b/i, from: [11, 27], to: [12, 24] },
  // From Sint-Maarten, when the saint's arrival is awaited, to his feast on 6 December.
  { name: 'Sinterklaas', kind: 'holiday', pattern: /\bsinterklaas/i, from: [11, 11], to: [12, 6] },
  // Christmas markets open in the second half of November and stay until Epiphany.
  { name: 'kerst', kind: 'holiday', pattern: /\bkerst/i, from: [11, 20], to: [1, 6] },
  { name: 'nieuwjaar', kind: 'holiday', pattern: /\bnieuwjaar/i, from: [1, 1], to: [1, 31] },
  // The weeks around 31 October, up to the end of the autumn school holiday.
  { name: 'Halloween', kind: 'holiday', pattern: /\bhalloween/i, from: [10, 17], to: [11, 8] },
  // A festival of light brightens the dark months (Lichtfestival Gent, winter lights).
  {
    name: 'Lichtfeest',
    kind: 'holiday',
    pattern: /\blichtfe(est|stival)/i,
    from: [11, 1],
    to: [2, 28],
  },
  // Titles that promise fair weather: a film under the stars, yoga or tai chi on the grass, while
  // summer time gives light evenings (April-October). Bootcamps, Start to Run, walks, cycling
  // routes and markets are not here: people do them in the open all winter, in coat and gloves.
  {
    name: 'openlucht',
    kind: 'open-air',
    pattern: /\b(openlucht|in open lucht\b|yoga in het park\b|tai chi in het park\b)/i,
    from: [4, 1],
    to: [10, 31],
  },
  // The meteorological seasons, as people speak of them.
  { name: 'lente', kind: 'season', pattern: /\b(lente|voorjaar)/i, from: [3, 1], to: [5, 31] },
  { name: 'zomer', kind: 'season', pattern: /\bzomer/i, from: [6, 1], to: [8, 31] },
  { name: 'herfst', kind: 'season', pattern: /\b(herfst|najaar)/i, from: [9, 1], to: [11, 30] },
  { name: 'winter', kind: 'season', pattern: /\bwinter/i, from: [12, 1], to: [2, 28] },
];

/**
 * The loader moves the season by 52-week steps (season-shift.ts), which keeps weekdays but not
 * dates: each step lands a day or two earlier in the year. Seasonal titles must still fit after
 * this many steps, which covers clocks up to about September 2032.
 */
export const SEASONAL_STEPS_KEPT = 5;

/** The season or holiday a title names, if any. */
export function titleSeason(title: string): TitleSeason | undefined {
  return TITLE_SEASONS.find((s) => s.pattern.test(title));
}

/** Local dates (`YYYY-MM-DD`) the calendar takes place on: every start, every day of a period. */
export function calendarDays(calendar: Calendar): string[] {
  switch (calendar.type) {
    case 'permanent':
      return [];
    case 'single':
      return [calendar.startDate.slice(0, 10)];
    case 'multiple':
      return calendar.subEvents.map((s) => s.startDate.slice(0, 10));
    case 'periodic': {
      const days: string[] = [];
      const last = day(calendar.endDate.slice(0, 10));
      for (let d = day(calendar.startDate.slice(0, 10)); d <= last; d = addDays(d, 1))
        days.push(isoDay(d));
      return days;
    }
  }
}

function inWindow(season: TitleSeason, isoDate: string): boolean {
  const md = Number(isoDate.slice(5, 7)) * 100 + Number(isoDate.slice(8, 10));
  const from = season.from[0] * 100 + season.from[1];
  // 28 February stands for the month's end: 29 February is winter too.
  const to = season.to[0] * 100 + (season.to[0] === 2 && season.to[1] === 28 ? 29 : season.to[1]);
  return from <= to ? md >= from && md <= to : md >= from || md <= to;
}

/**
 * The first local date (after `steps` season steps, 0 = as committed) outside the season, or
 * undefined when all of the calendar's dates lie in it now and after up to `steps` steps.
 * A permanent offer has no dates and never fits a seasonal title.
 */
export function dateOutOfSeason(
  season: TitleSeason,
  calendar: Calendar,
  steps = SEASONAL_STEPS_KEPT,
): string | undefined {
  const days = calendarDays(calendar);
  if (days.length === 0) return 'permanent';
  for (let k = 0; k <= steps; k++) {
    for (const d of days) {
      const shifted = isoDay(day(d) + k * SEASON_STEP_DAYS * DAY_MS);
      if (!inWindow(season, shifted)) return shifted;
    }
  }
  return undefined;
}

/** The one season (not holiday) whose window holds all the calendar's dates, now and after the kept steps. */
export function seasonOfCalendar(calendar: Calendar): SeasonName | undefined {
  return TITLE_SEASONS.find((s) => s.kind === 'season' && !dateOutOfSeason(s, calendar))?.name as
    SeasonName | undefined;
}
