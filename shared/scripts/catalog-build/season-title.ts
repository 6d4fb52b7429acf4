/**
 * Titles are drawn independently of dates, so "Halloweentocht" could land in September. After all
 * draws, an activity whose title names a season or holiday it does not take place in (see
 * src/catalog/seasonal-title.ts) gets another title: a season's name becomes the season of its
 * dates ("wintereditie" in October: "herfsteditie"), anything else a title of the same line that
 * names none. Choices are seeded by the activity's id, so no other activity's draws change.
 */
import type { Activity } from '../../src/catalog/activity.ts';
import {
  dateOutOfSeason,
  seasonOfCalendar,
  titleSeason,
  type SeasonName,
} from '../../src/catalog/seasonal-title.ts';
import type { ProgrammeLine } from './programme/programme-line.ts';
import { createRandom } from './random.ts';
import type { TaxonomyIndex } from './taxonomy-index.ts';

/** The ways titles name a season; a title takes the same form for the season of its dates. */
const SEASON_FORMS: readonly Record<SeasonName, string>[] = [
  { lente: 'lente-editie', zomer: 'zomereditie', herfst: 'herfsteditie', winter: 'wintereditie' },
  {
    lente: 'editie lente',
    zomer: 'editie zomer',
    herfst: 'editie herfst',
    winter: 'editie winter',
  },
  { lente: 'voorjaarstour', zomer: 'zomertour', herfst: 'najaarstour', winter: 'wintertour' },
  { lente: 'Lentebal', zomer: 'Zomerbal', herfst: 'Herfstbal', winter: 'Winterbal' },
  {
    lente: 'Lentefestival',
    zomer: 'Zomerfestival',
    herfst: 'Herfstfestival',
    winter: 'Winterfestival',
  },
  { lente: 'de lente', zomer: 'de zomer', herfst: 'de herfst', winter: 'de winter' },
];

/** The title with its season's name in the form it uses replaced by `season`'s, if it has one. */
export function reseason(title: string, season: SeasonName): string | undefined {
  for (const form of SEASON_FORMS) {
    const hit = Object.values(form).find((phrase) => title.includes(phrase));
    if (hit) return title.replace(hit, form[season]);
  }
  return undefined;
}

/** The activity as drawn, or with a title (and the themes it implies) that fits its dates. */
export function keepTitleInSeason(
  activity: Activity,
  line: ProgrammeLine | undefined,
  venue: string,
  taxonomy: TaxonomyIndex,
): Activity {
  const named = titleSeason(activity.title);
  if (!named || !dateOutOfSeason(named, activity.calendar)) return activity;
  const r = createRandom(`in-season:${activity.id}`);
  const season = named.kind === 'season' ? seasonOfCalendar(activity.calendar) : undefined;
  const title =
    (season && reseason(activity.title, season)) ??
    line?.unseasonal?.(activity.title, venue, r, season);
  const again = title === undefined ? named : titleSeason(title);
  if (title === undefined || (again && dateOutOfSeason(again, activity.calendar)))
    throw new Error(
      `${activity.id} "${activity.title}" (line ${line?.key ?? 'permanent'}) names ${named.name} ` +
        `outside its dates, and ${title === undefined ? 'the line has no other title' : `"${title}" does not fit either`}`,
    );
  // Themes implied by the title follow it; drawn ones stay, unless the old title implied them.
  const implied = line?.themeFor?.(title, venue);
  const before = line?.themeFor?.(activity.title, venue);
  const themeIds = implied
    ? [...new Set(implied)]
    : before && line
      ? line.themes.length > 0
        ? [r.pick(line.themes)]
        : []
      : undefined;
  const description = activity.description && line?.unseasonalDescription?.(activity.description);
  return {
    ...activity,
    title,
    ...(description ? { description } : {}),
    ...(themeIds ? { themes: themeIds.map((id) => taxonomy.theme(id)) } : {}),
  };
}
