/**
 * What the person's allowed records say about where, when and for how much they go out: their
 * coarse area (the latest "Grove locatie" record), the venues of their tickets, visits and museum
 * app use, the weekday they go out most, the most they paid for a ticket. Each fact keeps the
 * records it rests on, so an explanation built from it can name them (and only them).
 */
import type { CategoryId } from '../control/categories.ts';
import { normaliseTerm } from './item-terms.ts';
import type { TasteRecord } from './taste-record.ts';

export interface SignalProfile {
  area?: { latitude: number; longitude: number; district?: string; recordId: string };
  /** Venues by id and by normalised name, each with the records that went there. */
  venues: Map<string, { name: string; records: TasteRecord[] }>;
  /** The weekday (0 = Sunday) most of the outings fell on, when at least two did and it leads. */
  weekday?: { day: number; records: TasteRecord[] };
  /** The most the person paid for one ticket, and the tickets that say so. */
  price?: { max: number; records: TasteRecord[] };
}

const OUTINGS: ReadonlySet<CategoryId> = new Set(['tickets', 'visits', 'museum-app']);

/** The weekday of an ISO date-time as written (its own offset), or undefined. */
export function weekdayOf(time: string | undefined): number | undefined {
  const match = time ? /^(\d{4}-\d{2}-\d{2})/.exec(time) : null;
  if (!match?.[1]) return undefined;
  const day = new Date(`${match[1]}T12:00:00Z`).getUTCDay();
  return Number.isNaN(day) ? undefined : day;
}

export const venueKey = (name: string) => `name:${normaliseTerm(name)}`;

export function signalProfile(
  records: readonly TasteRecord[],
  allowed: readonly CategoryId[],
): SignalProfile {
  const mine = records.filter((record) => allowed.includes(record.category));
  const profile: SignalProfile = { venues: new Map() };
  let areaTime = Number.NEGATIVE_INFINITY;
  const days = new Map<number, TasteRecord[]>();
  const priced: TasteRecord[] = [];
  for (const record of mine) {
    if (record.category === 'location' && record.area) {
      const time = record.time ? Date.parse(record.time) : Number.NaN;
      // The latest location counts; one without a time only when there is no other.
      const at = Number.isFinite(time) ? time : Number.MIN_SAFE_INTEGER;
      if (at >= areaTime) {
        areaTime = at;
        profile.area = { ...record.area, recordId: record.id };
      }
    }
    if (!OUTINGS.has(record.category)) continue;
    const name = record.venueName ?? '';
    for (const key of [
      ...(record.venueId ? [`id:${record.venueId}`] : []),
      ...(name ? [venueKey(name)] : []),
    ]) {
      const known = profile.venues.get(key);
      if (known) known.records.push(record);
      else profile.venues.set(key, { name, records: [record] });
    }
    const day = weekdayOf(record.time);
    if (day !== undefined) days.set(day, [...(days.get(day) ?? []), record]);
    if (record.category === 'tickets' && record.priceEur !== undefined) priced.push(record);
  }
  const ranked = [...days.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const [first, second] = ranked;
  // "Usually" must be true: two outings at least, and more on that day than on any other.
  if (first && first[1].length >= 2 && (!second || second[1].length < first[1].length))
    profile.weekday = { day: first[0], records: first[1] };
  if (priced.length > 0)
    profile.price = { max: Math.max(...priced.map((r) => r.priceEur ?? 0)), records: priced };
  return profile;
}
