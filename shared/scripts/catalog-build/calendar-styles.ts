import {
  DAYS_OF_WEEK,
  type Calendar,
  type DayOfWeek,
  type OpeningHours,
} from '../../src/catalog/calendar.ts';
import type { VenueKind } from '../../src/catalog/venue.ts';
import {
  addDays,
  brusselsDateTime,
  day,
  minutes,
  weekday,
  type Weekday,
} from '../../src/catalog/brussels-time.ts';
import type { CalendarStyle, Season } from './programme/programme-line.ts';
import type { Random } from './random.ts';

/** The demo programme year (a cultural season: September to August). */
export const SEASON_START = day('2026-09-01');
export const SEASON_END = day('2027-08-31');

/** Flemish school holidays in the season (approximate), Monday to Sunday. */
export const SCHOOL_HOLIDAYS: readonly (readonly [string, string])[] = [
  ['2026-10-26', '2026-11-08'],
  ['2026-12-21', '2027-01-03'],
  ['2027-02-15', '2027-02-28'],
  ['2027-04-05', '2027-04-18'],
  ['2027-07-05', '2027-08-22'],
];

const HOLIDAY_RANGES = SCHOOL_HOLIDAYS.map(([a, b]) => [day(a), day(b)] as const);

export function isHoliday(d: number): boolean {
  return HOLIDAY_RANGES.some(([a, b]) => d >= a && d <= b);
}

// Month weights from September (index 0) to August (index 11).
const MONTHS: Record<Season, readonly number[]> = {
  indoor: [0.9, 1.15, 1.15, 0.9, 0.85, 1, 1.15, 1, 1, 0.7, 0.2, 0.25],
  summer: [0.8, 0.3, 0.15, 0.2, 0.1, 0.15, 0.3, 0.6, 1, 1.4, 1.8, 1.7],
  'all-year': [1, 1, 1, 1, 0.9, 1, 1, 1, 1, 1, 0.8, 0.8],
  december: [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
  holidays: [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  autumn: [0.8, 1.5, 1.5, 0.3, 0.5, 0.8, 1, 0.6, 0.3, 0.1, 0, 0],
};

type WeekdayWeights = Partial<Record<Weekday, number>>;
const EVENING: WeekdayWeights = {
  monday: 0.15,
  tuesday: 0.6,
  wednesday: 0.8,
  thursday: 1,
  friday: 1,
  saturday: 1,
  sunday: 0.35,
};
const WEEKEND: WeekdayWeights = { saturday: 1, sunday: 1 };
const FAMILY: WeekdayWeights = { wednesday: 0.7, saturday: 1, sunday: 1 };
const SCHOOL: WeekdayWeights = {
  monday: 0.6,
  tuesday: 1,
  wednesday: 0.4,
  thursday: 1,
  friday: 0.8,
};
const TOUR: WeekdayWeights = {
  tuesday: 0.2,
  wednesday: 0.3,
  thursday: 0.3,
  friday: 0.3,
  saturday: 1,
  sunday: 1,
};
const NIGHT: WeekdayWeights = { friday: 1, saturday: 1 };
const LECTURE: WeekdayWeights = {
  monday: 0.5,
  tuesday: 1,
  wednesday: 1,
  thursday: 1,
  friday: 0.3,
  saturday: 0.4,
};

/** A day in the season, by month weights for the season and weekday weights. */
export function drawDay(
  r: Random,
  season: Season,
  weekdays: WeekdayWeights,
  avoidHolidays = false,
): number {
  const weights = MONTHS[season];
  for (let attempt = 0; attempt < 200; attempt++) {
    const month = r.weighted(weights.map((w, i) => [i, w] as const));
    const first = Date.UTC(2026, 8 + month, 1);
    const days = new Date(Date.UTC(2026, 9 + month, 0)).getUTCDate();
    const d = addDays(first, r.int(0, days - 1));
    if (season === 'holidays' && !isHoliday(d)) continue;
    if (avoidHolidays && isHoliday(d)) continue;
    if (r.next() < (weekdays[weekday(d)] ?? 0)) return d;
  }
  throw new Error(`no day found for season ${season}`);
}

const at = (d: number, clock: string, durationMin: number) => ({
  startDate: brusselsDateTime(d, minutes(clock)),
  endDate: brusselsDateTime(d, minutes(clock) + durationMin),
});

const ALL_DAYS: DayOfWeek[] = [...DAYS_OF_WEEK];

/** Typical opening hours per kind of venue. */
export function openingHoursFor(kind: VenueKind): OpeningHours[] {
  switch (kind) {
    case 'museum':
    case 'heritage-site':
      return [
        {
          dayOfWeek: ['tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
          opens: '10:00',
          closes: '17:00',
        },
      ];
    case 'library':
      return [
        {
          dayOfWeek: ['tuesday', 'wednesday', 'thursday', 'friday'],
          opens: '10:00',
          closes: '18:00',
        },
        { dayOfWeek: ['saturday'], opens: '10:00', closes: '16:00' },
      ];
    case 'outdoor':
      return [{ dayOfWeek: ALL_DAYS, opens: '08:00', closes: '21:00' }];
    default:
      return [
        {
          dayOfWeek: ['tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
          opens: '13:00',
          closes: '18:00',
        },
      ];
  }
}

export interface CalendarContext {
  style: CalendarStyle;
  season: Season;
  venueKind: VenueKind;
  children: boolean;
}

export function makeCalendar(r: Random, ctx: CalendarContext): Calendar {
  const { style, season } = ctx;
  switch (style) {
    case 'evening':
      return single(
        at(
          drawDay(r, season, EVENING),
          r.pick(['20:00', '20:00', '20:00', '20:30', '19:30']),
          r.int(6, 10) * 15,
        ),
      );
    case 'matinee':
      return single(
        at(
          drawDay(r, season, { sunday: 1, saturday: 0.3 }),
          r.pick(['15:00', '14:30', '11:00']),
          r.int(4, 8) * 15,
        ),
      );
    case 'family': {
      const d = drawDay(
        r,
        season,
        ctx.children
          ? { ...FAMILY, ...(r.chance(0.2) ? { tuesday: 1, thursday: 1 } : {}) }
          : FAMILY,
      );
      const clock = weekday(d) === 'wednesday' ? '14:30' : r.pick(['11:00', '14:00', '15:00']);
      return single(at(d, clock, r.int(3, 6) * 15));
    }
    case 'school':
      return single(at(drawDay(r, season, SCHOOL, true), r.pick(['10:00', '13:30']), 60));
    case 'lecture': {
      const d = drawDay(r, season, LECTURE);
      const clock =
        weekday(d) === 'saturday' || r.chance(0.15) ? '14:00' : r.pick(['19:30', '20:00']);
      return single(at(d, clock, r.pick([60, 90, 90, 120])));
    }
    case 'tour': {
      const d = drawDay(r, season, TOUR);
      const clock = r.pick(['11:00', '14:00', '14:30', '10:30']);
      const duration = r.pick([60, 90, 90, 120]);
      if (r.chance(0.25)) return weekly(d, r.int(3, 8), clock, duration);
      return single(at(d, clock, duration));
    }
    case 'night':
      return single(
        at(drawDay(r, season, NIGHT), r.pick(['22:00', '22:30', '23:00']), r.int(4, 6) * 60),
      );
    case 'weekend-day': {
      const clock = r.pick(['08:00', '10:00', '11:00', '14:00']);
      return single(at(drawDay(r, season, WEEKEND), clock, r.int(4, 8) * 60));
    }
    case 'run': {
      const first = drawDay(r, season, EVENING);
      const n = r.int(2, 6);
      const step = r.pick([1, 1, 7]);
      return multiple(
        Array.from({ length: n }, (_, i) =>
          at(addDays(first, i * step), r.pick(['20:00', '20:30']), r.int(6, 10) * 15),
        ),
      );
    }
    case 'screenings': {
      // Children's films play in the afternoon, on Wednesdays and at weekends.
      const first = drawDay(
        r,
        season,
        ctx.children ? FAMILY : { ...EVENING, sunday: 1, wednesday: 1 },
      );
      const times = ctx.children
        ? ['14:00', '14:00', '16:30']
        : ['14:00', '16:30', '19:30', '20:00', '21:45'];
      const duration = r.int(6, 10) * 15;
      if (r.chance(0.3))
        return single(
          at(first, r.pick(ctx.children ? times : ['19:30', '20:00', '21:45']), duration),
        );
      const n = r.int(2, ctx.children ? 6 : 12);
      return multiple(
        Array.from({ length: n }, (_, i) =>
          at(
            addDays(first, ctx.children ? i * 7 : Math.floor((i * r.int(10, 20)) / 10)),
            r.pick(times),
            duration,
          ),
        ),
      );
    }
    case 'exhibition': {
      const start = drawDay(r, season, {
        tuesday: 1,
        wednesday: 1,
        thursday: 1,
        friday: 1,
        saturday: 1,
        sunday: 1,
      });
      const end = Math.min(addDays(start, r.int(6, 20) * 7), SEASON_END + 120 * 86_400_000);
      return {
        type: 'periodic',
        ...at(start, '10:00', 0),
        endDate: brusselsDateTime(end, minutes('17:00')),
        openingHours: openingHoursFor(ctx.venueKind),
      };
    }
    case 'permanent':
      return { type: 'permanent', openingHours: openingHoursFor(ctx.venueKind) };
    case 'series':
    case 'open-sessions': {
      const n = style === 'series' ? r.int(6, 10) : r.int(4, 12);
      const first = drawDay(
        r,
        season,
        ctx.children
          ? { wednesday: 1, saturday: 1 }
          : { monday: 1, tuesday: 1, wednesday: 1, thursday: 1, saturday: 0.5 },
        true,
      );
      const clock = ctx.children
        ? weekday(first) === 'wednesday'
          ? '14:00'
          : '10:00'
        : weekday(first) === 'saturday'
          ? '10:00'
          : r.pick(['19:00', '19:30', '14:00']);
      return weekly(first, n, clock, r.pick([120, 150]));
    }
    case 'festival': {
      const first = drawDay(r, season, { thursday: 1, friday: 1, saturday: 1 });
      const n = r.int(2, 10);
      return multiple(
        Array.from({ length: n }, (_, i) =>
          at(addDays(first, i), r.pick(['12:00', '14:00']), r.int(8, 11) * 60),
        ),
      );
    }
    case 'camp': {
      const monday = drawDay(r, 'holidays', { monday: 1 });
      return multiple(
        Array.from({ length: r.pick([4, 5, 5]) }, (_, i) =>
          at(addDays(monday, i), '09:00', 7 * 60),
        ),
      );
    }
    case 'market-season': {
      const start = day(r.pick(['2026-11-27', '2026-12-04']));
      return {
        type: 'periodic',
        ...at(start, '11:00', 0),
        endDate: brusselsDateTime(day('2027-01-03'), minutes('22:00')),
        openingHours: [{ dayOfWeek: ALL_DAYS, opens: '11:00', closes: '22:00' }],
      };
    }
  }
}

function single(range: { startDate: string; endDate: string }): Calendar {
  return { type: 'single', ...range };
}

/** Several dates; collapses to a single date when only one is left. */
function multiple(ranges: { startDate: string; endDate: string }[]): Calendar {
  const unique = [...new Map(ranges.map((x) => [x.startDate, x])).values()].sort((a, b) =>
    a.startDate.localeCompare(b.startDate),
  );
  const [only] = unique;
  if (unique.length === 1 && only) return single(only);
  return { type: 'multiple', subEvents: unique };
}

function weekly(first: number, n: number, clock: string, duration: number): Calendar {
  const dates: number[] = [];
  for (let d = first; dates.length < n && d <= SEASON_END + 60 * 86_400_000; d = addDays(d, 7)) {
    if (!isHoliday(d) || isHoliday(first)) dates.push(d);
  }
  return multiple(dates.map((d) => at(d, clock, duration)));
}
