import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from '../../src/catalog/activity.ts';
import type { Book } from '../../src/catalog/book.ts';
import { occurrenceStarts } from '../../src/catalog/calendar-occurrences.ts';
import { distanceKm } from '../../src/catalog/geo.ts';
import type { Attendance, Loan, Persona } from '../../src/catalog/persona.ts';
import { addDays, brusselsDateTime, day, weekday } from '../../src/catalog/brussels-time.ts';
import { PERSONA_SEEDS, type PersonaSeed } from './persona-seeds.ts';
import { createRandom, type Random } from './random.ts';

/** "Today" for the demo: loans cover the two years before it, attendance happened before it. */
export const REFERENCE_DAY = '2026-11-28';
const LOANS_FROM = day('2024-11-28');
const LOANS_TO = day('2026-11-26');

interface Reader {
  user: number;
  books: number[];
}

function readRatings(dataDir: string): Reader[] {
  const byUser = new Map<number, number[]>();
  const lines = readFileSync(join(dataDir, 'goodbooks-sample/Ratings.csv'), 'utf8').split('\n');
  for (const line of lines.slice(1)) {
    const [book, user] = line.split(',').map(Number);
    if (!book || !user) continue;
    const list = byUser.get(user) ?? [];
    list.push(book);
    byUser.set(user, list);
  }
  return [...byUser.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([user, books]) => ({ user, books: books.sort((a, b) => a - b) }));
}

/** Share of a reader's genre mentions that fall in the target genres. */
function fit(
  genreCounts: ReadonlyMap<string, number>,
  total: number,
  target: ReadonlySet<string>,
): number {
  let hits = 0;
  for (const g of target) hits += genreCounts.get(g) ?? 0;
  return total === 0 ? 0 : hits / total;
}

/** Library visits on opening days (Tuesday to Saturday), a few books per visit, spread over two years. */
function loansFor(r: Random, bookIds: readonly number[]): Loan[] {
  const visits = Math.max(1, Math.ceil(bookIds.length / 2.5));
  const span = (LOANS_TO - LOANS_FROM) / 86_400_000;
  // One visit every week or so; each book goes home on a random visit.
  const moments = Array.from({ length: visits }, (_, v) => {
    let d = addDays(LOANS_FROM, Math.floor(((v + r.next()) * span) / visits));
    while (weekday(d) === 'sunday' || weekday(d) === 'monday') d = addDays(d, 1);
    return brusselsDateTime(d, r.int(10 * 4, 17 * 4) * 15);
  });
  const loans = r
    .shuffle(bookIds)
    .map((b): Loan => ({ bookId: `book-${b}`, date: r.pick(moments) }));
  return loans.sort((a, b) => a.date.localeCompare(b.date) || a.bookId.localeCompare(b.bookId));
}

/** A past moment at which the person attended the activity, or undefined if there is none. */
function pastVisit(r: Random, a: Activity, reference: number): string | undefined {
  const c = a.calendar;
  if (c.type === 'single' || c.type === 'multiple') {
    const past = occurrenceStarts(c).filter((s) => Date.parse(s) < reference);
    return past.length > 0 ? r.pick(past) : undefined;
  }
  const from =
    c.type === 'periodic' ? Math.max(day(c.startDate.slice(0, 10)), LOANS_FROM) : LOANS_FROM;
  const to =
    c.type === 'periodic'
      ? Math.min(day(c.endDate.slice(0, 10)), reference - 86_400_000)
      : reference - 86_400_000;
  const days = Math.floor((to - from) / 86_400_000);
  for (let attempt = 0; days >= 0 && attempt < 30; attempt++) {
    const d = addDays(from, r.int(0, days));
    const hours = c.openingHours.find((h) => h.dayOfWeek.includes(weekday(d)));
    if (hours && hours.opens <= '14:00' && hours.closes > '14:00')
      return brusselsDateTime(d, 14 * 60);
  }
  return undefined;
}

const CITY_CENTRE = { latitude: 51.2194, longitude: 4.4025 };

function attendanceFor(
  r: Random,
  seed: PersonaSeed,
  interests: ReadonlySet<string>,
  activities: readonly Activity[],
): Attendance[] {
  const reference = Date.parse(`${REFERENCE_DAY}T00:00:00+01:00`);
  const centreReach = Math.max(9, distanceKm(seed.home, CITY_CENTRE) + 4);
  const scored = activities.flatMap((a) => {
    const overlap = a.themes.filter((t) => interests.has(t.id)).length;
    if (overlap === 0) return [];
    // School shows are not for the public; children's activities only for parents.
    if (a.audience.type === 'education' || (a.audience.type === 'children' && !seed.withChildren))
      return [];
    const km = distanceKm(seed.home, a.venue.geo);
    // Near home, or in the city centre that everyone visits.
    if (km > 5 && !(a.venue.address.district === 'Antwerpen' && km < centreReach)) return [];
    const visit = pastVisit(r, a, reference);
    if (!visit) return [];
    return [{ a, visit, w: (overlap * (1 + a.popularity)) / (1 + km / 2) }];
  });
  const chosen: Attendance[] = [];
  const pool = [...scored];
  const target = r.int(8, 14);
  const seen = new Set<string>();
  while (chosen.length < target && pool.length > 0) {
    const pick = r.weighted(pool.map((s, i) => [i, s.w] as const));
    const [s] = pool.splice(pick, 1);
    if (!s) break;
    // Nobody sees the same title twice or goes out twice on one day.
    if (seen.has(s.a.title) || seen.has(s.visit.slice(0, 10))) continue;
    seen.add(s.a.title).add(s.visit.slice(0, 10));
    const paid =
      !s.a.price.isFree && !['museum', 'library', 'heritage-site'].includes(s.a.venue.kind);
    chosen.push({ activityId: s.a.id, date: s.visit, kind: paid ? 'ticket' : 'a-kaart-visit' });
  }
  return chosen.sort(
    (a, b) => a.date.localeCompare(b.date) || a.activityId.localeCompare(b.activityId),
  );
}

/** Personas whose loans are real goodbooks-sample readers' histories, with matching outings. */
export function buildPersonas(
  dataDir: string,
  books: readonly Book[],
  activities: readonly Activity[],
): Persona[] {
  const genresOf = new Map(books.map((b) => [Number(b.id.slice(5)), b.genres]));
  const themesOf = new Map(books.map((b) => [Number(b.id.slice(5)), b.themes.map((t) => t.id)]));
  const readers = readRatings(dataDir).map((reader) => {
    const counts = new Map<string, number>();
    for (const b of reader.books)
      for (const g of genresOf.get(b) ?? []) counts.set(g, (counts.get(g) ?? 0) + 1);
    return { ...reader, counts, total: [...counts.values()].reduce((a, b) => a + b, 0) };
  });
  const taken = new Set<number>();
  return PERSONA_SEEDS.map((seed) => {
    const target = new Set(seed.genres);
    let best: (typeof readers)[number] | undefined;
    let bestFit = -1;
    for (const reader of readers) {
      if (taken.has(reader.user)) continue;
      const f = fit(reader.counts, reader.total, target);
      if (f > bestFit) [best, bestFit] = [reader, f];
    }
    if (!best) throw new Error(`no reader left for ${seed.slug}`);
    taken.add(best.user);
    const r = createRandom(`persona:${seed.slug}`);
    // Interests: what they said, plus the themes their reading points at most.
    const counts = new Map<string, number>();
    for (const b of best.books)
      for (const t of themesOf.get(b) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
    const reading = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 4)
      .map(([t]) => t);
    const interests = new Set([...seed.statedInterests, ...reading]);
    return {
      id: `persona-${seed.slug}`,
      name: seed.name,
      district: seed.district,
      ...(seed.neighbourhood ? { neighbourhood: seed.neighbourhood } : {}),
      homeArea: {
        latitude: Math.round(seed.home.latitude * 100) / 100,
        longitude: Math.round(seed.home.longitude * 100) / 100,
      },
      taste: { ...seed.taste },
      goodbooksUserId: best.user,
      loans: loansFor(r, best.books),
      attendance: attendanceFor(r, seed, interests, activities),
      statedInterests: [...seed.statedInterests],
    };
  });
}
