import type { ActivitySchemaType } from '../../../src/catalog/activity.ts';
import type { AudienceType } from '../../../src/catalog/audience.ts';
import { titleSeason, type SeasonName } from '../../../src/catalog/seasonal-title.ts';
import type { Random } from '../random.ts';

/** Internal keys for the UiTdatabank event types the demo programme uses. */
export type TypeKey =
  | 'concert'
  | 'theatre'
  | 'dance'
  | 'exhibition'
  | 'film'
  | 'lecture'
  | 'course'
  | 'open-course'
  | 'tour'
  | 'festival'
  | 'quiz'
  | 'party'
  | 'market'
  | 'open-house'
  | 'route'
  | 'camp'
  | 'food'
  | 'festivity'
  | 'sport'
  | 'fair';

/** How occurrences are laid out in time; see calendar-styles.ts. */
export type CalendarStyle =
  | 'evening'
  | 'matinee'
  | 'family'
  | 'school'
  | 'run'
  | 'screenings'
  | 'exhibition'
  | 'permanent'
  | 'series'
  | 'open-sessions'
  | 'lecture'
  | 'tour'
  | 'night'
  | 'weekend-day'
  | 'festival'
  | 'camp'
  | 'market-season';

/** Which part of the year a line is programmed in. */
export type Season = 'indoor' | 'summer' | 'all-year' | 'december' | 'holidays' | 'autumn';

export interface PriceStyle {
  /** Share of free events. */
  free: number;
  min: number;
  max: number;
  /** Share of paying events that also have a reduced price. */
  reduced: number;
}

export interface ProgrammeLine {
  key: string;
  type: TypeKey;
  /** Share of its event type's volume. */
  weight: number;
  /** Candidate UiTdatabank theme ids; one is drawn as the main theme. Empty: no theme. */
  themes: readonly string[];
  /** Optional second theme candidates (drawn for about a quarter of the events). */
  extraThemes?: readonly string[];
  genres: readonly string[];
  /** Venue slugs hosting this line. */
  venues: readonly string[];
  audience?: AudienceType;
  ages?: readonly [number, number];
  calendar: CalendarStyle;
  season: Season;
  price: PriceStyle;
  tags?: readonly string[];
  /** Overrides the event type's; the medium follows from it (src/catalog/event-type-medium.ts). */
  schemaType?: ActivitySchemaType;
  /** Themes implied by the drawn title (e.g. "Boekenmarkt" -> Literatuur); overrides `themes`. */
  themeFor?: (title: string, venue: string) => readonly string[] | undefined;
  /** Dutch programme title; `venue` is the slug of the chosen venue. */
  title: (r: Random, venue: string) => string;
  /**
   * A title for a drawn one that names a season or holiday the activity's dates are not in (see
   * ../season-title.ts); `r` is seeded by the activity's id, `season` is the one all its dates lie
   * in, if any. Required of lines whose titles can name one.
   */
  unseasonal?: (
    title: string,
    venue: string,
    r: Random,
    season: SeasonName | undefined,
  ) => string | undefined;
  /** The description of an activity `unseasonal` renamed, where the blurb promises the season too. */
  unseasonalDescription?: (description: string) => string;
  /** One or two Dutch sentences; the generator adds a sentence about the venue. */
  blurb: (r: Random, venue: string) => string;
}

/** Fills `{slot}` placeholders with a random element of the named list. */
export function fill(
  r: Random,
  template: string,
  slots: Record<string, readonly string[]>,
): string {
  let text = template;
  // A picked value may itself contain slots ("Schrijversavond met {person}"); two passes suffice.
  for (let pass = 0; pass < 3 && text.includes('{'); pass++) {
    text = text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const list = slots[name];
      if (!list) throw new Error(`no slot list named ${name}`);
      return r.pick(list);
    });
  }
  return text;
}

/** A title function that picks one of the templates and fills it. */
export function titles(
  templates: readonly string[],
  slots: Record<string, readonly string[]>,
): (r: Random) => string {
  return (r) => fill(r, r.pick(templates), slots);
}

export const free: PriceStyle = { free: 1, min: 0, max: 0, reduced: 0 };
export const price = (min: number, max: number, freeShare = 0, reduced = 0.5): PriceStyle => ({
  free: freeShare,
  min,
  max,
  reduced,
});

/** `themeFor` from keyword rules: the first keyword found in the title wins. */
export function byKeyword(
  rules: readonly (readonly [string, readonly string[]])[],
): (title: string) => readonly string[] | undefined {
  return (title) => rules.find(([kw]) => title.toLowerCase().includes(kw.toLowerCase()))?.[1];
}

/**
 * `unseasonal` for titles built from lists: the list element in the title that names a season or
 * holiday is replaced by one of the list's elements that names none.
 */
export function swapSeasonal(
  ...lists: readonly (readonly string[])[]
): (title: string, venue: string, r: Random) => string | undefined {
  return (title, _venue, r) => {
    for (const list of lists) {
      const hit = list.find((x) => titleSeason(x) && title.includes(x));
      if (hit) return title.replace(hit, r.pick(list.filter((x) => !titleSeason(x))));
    }
    return undefined;
  };
}
