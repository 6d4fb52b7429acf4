import type { Activity } from '../../src/catalog/activity.ts';
import type { Audience } from '../../src/catalog/audience.ts';
import type { Calendar } from '../../src/catalog/calendar.ts';
import type { Price } from '../../src/catalog/price.ts';
import type { Venue } from '../../src/catalog/venue.ts';
import { activityPopularity, activitySaves } from '../../src/catalog/activity-popularity.ts';
import { weekday } from '../../src/catalog/brussels-time.ts';
import { eventTypeMedium } from '../../src/catalog/event-type-medium.ts';
import { makeCalendar } from './calendar-styles.ts';
import { EVENT_TYPES } from './programme/event-types.ts';
import { EXHIBITION_LINES, PERMANENT_COLLECTIONS } from './programme/exhibitions.ts';
import { FILM_LINES } from './programme/film.ts';
import { LEARNING_LINES } from './programme/learning.ts';
import { MUSIC_LINES } from './programme/music.ts';
import { OUTING_LINES } from './programme/outings.ts';
import type { PriceStyle, ProgrammeLine, TypeKey } from './programme/programme-line.ts';
import { STAGE_LINES } from './programme/stage.ts';
import { createRandom, type Random } from './random.ts';
import { keepTitleInSeason } from './season-title.ts';
import type { TaxonomyIndex } from './taxonomy-index.ts';
import { VENUE_SEEDS, toVenue, type VenueSeed } from './venues-data.ts';

export const PROGRAMME_LINES: readonly ProgrammeLine[] = [
  ...MUSIC_LINES,
  ...STAGE_LINES,
  ...EXHIBITION_LINES,
  ...FILM_LINES,
  ...LEARNING_LINES,
  ...OUTING_LINES,
];

interface Draft extends Omit<Activity, 'id' | 'popularity'> {
  rawPopularity: number;
  sortKey: string;
  /** The line and venue slug it was drawn from (none for the permanent collections). */
  line?: ProgrammeLine;
  venueSlug: string;
}

/** Splits `total` over weights by the largest-remainder method (deterministic). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) out[order[k]![1]]! += 1;
  return out;
}

function makePrice(r: Random, style: PriceStyle): Price {
  if (r.chance(style.free) || style.max <= 0) return { isFree: true, currency: 'EUR' };
  // Whole euros, as box offices price; reductions may end in .50.
  const amount = Math.max(1, Math.round(style.min + r.next() * (style.max - style.min)));
  const reduced = r.chance(style.reduced)
    ? Math.floor(amount * r.pick([0.6, 0.7, 0.8]) * 2) / 2
    : undefined;
  return {
    isFree: false,
    amount,
    currency: 'EUR',
    ...(reduced !== undefined && reduced > 0 && reduced < amount ? { reduced } : {}),
  };
}

function firstStart(c: Calendar): string | undefined {
  if (c.type === 'permanent') return undefined;
  if (c.type === 'multiple') return c.subEvents[0]?.startDate;
  return c.startDate;
}

function occurrences(c: Calendar): { startDate: string }[] {
  if (c.type === 'multiple') return c.subEvents;
  return c.type === 'single' ? [c] : [];
}

function tagsFor(
  lineTags: readonly string[] | undefined,
  calendar: Calendar,
  price: Price,
  audience: Audience,
): string[] {
  const tags = new Set(lineTags ?? []);
  if (price.isFree) tags.add('gratis');
  if (price.reduced !== undefined) tags.add('kortingstarief');
  if (audience.type === 'children') tags.add('familie');
  if (audience.type === 'education') tags.add('scholen');
  const start = firstStart(calendar);
  if (start) {
    const hour = Number(start.slice(11, 13));
    if (hour >= 19) tags.add('avond');
    const wd = weekday(Date.parse(`${start.slice(0, 10)}T00:00:00Z`));
    if (wd === 'saturday' || wd === 'sunday') tags.add('weekend');
  }
  if (calendar.type === 'multiple') tags.add('meerdere data');
  return [...tags].sort();
}

/** Generates the demo programme: about 11,700 activities at real Antwerp venues. */
export function buildActivities(taxonomy: TaxonomyIndex): Activity[] {
  const seeds = new Map(VENUE_SEEDS.map((s) => [s.slug, s]));
  const venues = new Map<string, Venue>(VENUE_SEEDS.map((s) => [s.slug, toVenue(s)]));
  const occupancy = new Map<string, number>();
  const drafts: Draft[] = [];

  for (const p of PERMANENT_COLLECTIONS) {
    const venue = venues.get(p.venue);
    if (!venue) throw new Error(`unknown venue ${p.venue}`);
    const r = createRandom(`permanent:${p.venue}`);
    const freeEntry = [
      'middelheimmuseum',
      'felixarchief',
      'letterenhuis',
      'het-steen',
      'sint-pauluskerk',
    ].includes(p.venue);
    const price: Price = freeEntry
      ? { isFree: true, currency: 'EUR' }
      : { isFree: false, amount: r.pick([10, 12, 15, 20]), currency: 'EUR', reduced: 8 };
    const calendar = makeCalendar(r, {
      style: 'permanent',
      season: 'all-year',
      venueKind: venue.kind,
      children: false,
    });
    const audience: Audience = { type: 'everyone' };
    drafts.push({
      kind: 'activity',
      schemaType: 'ExhibitionEvent',
      title: p.title,
      description: p.blurb,
      medium: eventTypeMedium('ExhibitionEvent', EVENT_TYPES.exhibition.termId),
      themes: p.themes.map((id) => taxonomy.theme(id)),
      genres: ['vaste collectie'],
      eventType: taxonomy.eventType(EVENT_TYPES.exhibition.termId),
      tags: tagsFor(['vaste collectie'], calendar, price, audience),
      provider: venue.provider ?? { id: 'stad-antwerpen', name: 'Stad Antwerpen' },
      audience,
      venue,
      calendar,
      price,
      rawPopularity: 40 + r.next() * 60,
      sortKey: `0|${p.venue}`,
      venueSlug: p.venue,
    });
  }

  for (const [type, spec] of Object.entries(EVENT_TYPES) as [
    TypeKey,
    (typeof EVENT_TYPES)[TypeKey],
  ][]) {
    const lines = PROGRAMME_LINES.filter((l) => l.type === type);
    if (lines.length === 0) throw new Error(`no programme lines for ${type}`);
    const total = spec.count - (type === 'exhibition' ? PERMANENT_COLLECTIONS.length : 0);
    const counts = apportion(
      total,
      lines.map((l) => l.weight),
    );
    lines.forEach((line, li) => {
      const r = createRandom(`line:${line.key}`);
      const hosts = line.venues.map((slug) => {
        const seed = seeds.get(slug);
        if (!seed) throw new Error(`line ${line.key}: unknown venue ${slug}`);
        return [seed, seed.size] as const;
      });
      for (let i = 0; i < (counts[li] ?? 0); i++)
        drafts.push(draft(r, line, spec, hosts, venues, occupancy, taxonomy));
    });
  }

  drafts.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const maxRaw = Math.max(...drafts.map((d) => d.rawPopularity));
  // Ids follow the drawn titles' order, so renaming an out-of-season title moves no other id.
  return drafts.map(({ rawPopularity, sortKey: _sortKey, line, venueSlug, ...rest }, i) =>
    keepTitleInSeason(
      {
        ...rest,
        id: `act-${String(i + 1).padStart(5, '0')}`,
        // As many saves as its share of the top draw, on the scale a site's count is read back by.
        popularity: activityPopularity(activitySaves(rawPopularity / maxRaw)),
      },
      line,
      venueSlug,
      taxonomy,
    ),
  );
}

function draft(
  r: Random,
  line: ProgrammeLine,
  spec: (typeof EVENT_TYPES)[TypeKey],
  hosts: readonly (readonly [VenueSeed, number])[],
  venues: Map<string, Venue>,
  occupancy: Map<string, number>,
  taxonomy: TaxonomyIndex,
): Draft {
  const seed = r.weighted(hosts);
  const venue = venues.get(seed.slug) as Venue;
  const title = line.title(r, seed.slug);
  const implied = line.themeFor?.(title, seed.slug);
  const themeIds = implied
    ? [...implied]
    : line.themes.length === 0
      ? []
      : [
          r.pick(line.themes),
          ...(line.extraThemes && r.chance(0.25) ? [r.pick(line.extraThemes)] : []),
        ];
  const children = line.audience === 'children';
  // Retry a few dates when the venue's halls are already taken that day part.
  let calendar = makeCalendar(r, {
    style: line.calendar,
    season: line.season,
    venueKind: venue.kind,
    children,
  });
  for (let attempt = 0; attempt < 8; attempt++) {
    const slots = occurrences(calendar).map(
      (o) =>
        `${seed.slug}|${o.startDate.slice(0, 10)}|${Number(o.startDate.slice(11, 13)) >= 18 ? 'pm' : 'am'}`,
    );
    if (slots.every((s) => (occupancy.get(s) ?? 0) < seed.rooms) || attempt === 7) {
      for (const s of slots) occupancy.set(s, (occupancy.get(s) ?? 0) + 1);
      break;
    }
    calendar = makeCalendar(r, {
      style: line.calendar,
      season: line.season,
      venueKind: venue.kind,
      children,
    });
  }
  const price = makePrice(r, line.price);
  const members = (line.type === 'course' || line.type === 'tour') && !children && r.chance(0.04);
  const audience: Audience = {
    type: members ? 'members' : (line.audience ?? 'everyone'),
    ...(line.ages
      ? { minAge: line.ages[0], ...(line.ages[1] < 99 ? { maxAge: line.ages[1] } : {}) }
      : {}),
  };
  const sentences = [line.blurb(r, seed.slug)];
  if (audience.type === 'children' && audience.minAge !== undefined)
    sentences.push(`Voor kinderen van ${audience.minAge} tot ${audience.maxAge ?? 12} jaar.`);
  if (members) sentences.push('Enkel voor leden van de vriendenvereniging.');
  sentences.push(
    line.type === 'tour' || line.type === 'route'
      ? `Vertrekpunt: ${venue.name}.`
      : `In ${venue.name}.`,
  );
  const primaryShare = line.weight;
  const schemaType = line.schemaType ?? spec.schemaType;
  return {
    kind: 'activity',
    schemaType,
    title,
    description: sentences.join(' '),
    medium: eventTypeMedium(schemaType, spec.termId),
    themes: [...new Set(themeIds)].map((id) => taxonomy.theme(id)),
    genres: [...line.genres],
    tags: tagsFor(line.tags, calendar, price, audience),
    provider: venue.provider ?? { id: 'stad-antwerpen', name: 'Stad Antwerpen' },
    audience,
    eventType: taxonomy.eventType(spec.termId),
    venue,
    calendar,
    price,
    // Bigger venues and popular lines draw more people; a long tail via an exponential factor.
    rawPopularity: seed.size * (1 + Math.log1p(primaryShare)) * Math.exp(r.next() * 2),
    sortKey: `1|${firstStart(calendar) ?? ''}|${title}|${seed.slug}|${line.key}`,
    line,
    venueSlug: seed.slug,
  };
}
