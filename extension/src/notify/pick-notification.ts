/**
 * Which activity of today the daily notification is about, if any: the day's activities that have
 * not started yet are ranked on the device with the person's records (the same `rankItems` the
 * pages use, so only a "Voor jou" that rests on their records can be picked, never a bare surprise),
 * and among the best the first one in their area wins, when they gave one and allow `location`.
 */
import { distanceKm } from '@verwonder/shared/catalog/distance-km.ts';
import type { GenreThemeBridge } from '@verwonder/shared/catalog/genre-theme-bridge.ts';
import type { UpcomingActivity } from '@verwonder/shared/wire/upcoming-activities.ts';

import type { CategoryId } from '../control/categories.ts';
import type { PageItem } from '../page/page-item.ts';
import { rankItems } from '../ranking/rank-items.ts';
import type { RankedSuggestion } from '../ranking/ranked-suggestion.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import { antwerpHour } from './antwerp-clock.ts';
import { DISTRICT_CENTRES, type DistrictName } from './district-centres.ts';
import { localDay } from './should-notify.ts';

/** Within this distance of the district's centre (or in the district itself) is "in de buurt". */
export const NEARBY_KM = 2;
/** An activity must start at least this long after the notification, to leave time to go. */
export const LEAD_MINUTES = 60;
/** From this hour in Antwerp (where the activity is) on, it is "vanavond". */
export const EVENING_HOUR = 17;
/** How many of the best-ranked activities may give way to one nearby. */
const SHORTLIST = 5;

export interface NotificationPick {
  activity: UpcomingActivity;
  suggestion: RankedSuggestion;
  evening: boolean;
  /** Set when the activity is in or near the person's district (and `location` is allowed). */
  nearby?: { district: DistrictName; km: number };
}

export interface PickInput {
  activities: readonly UpcomingActivity[];
  records: readonly TasteRecord[];
  /** The categories allowed for the agenda site (mode, global and site switches). */
  allowed: readonly CategoryId[];
  now: Date;
  /** The person's district, if they gave one. */
  district?: DistrictName;
  /** Items the person turned down. */
  excluded?: ReadonlySet<string>;
  dial?: number;
  /** The genre-theme bridge (lazy-bridge.ts): how what the person reads reaches today's agenda. */
  bridge?: GenreThemeBridge;
}

/** The feed's activity as a page item, with what the agenda's own pages say about it. */
export function toPageItem(activity: UpcomingActivity): PageItem {
  return {
    id: activity.id,
    type: 'Event',
    kind: 'event',
    name: activity.title,
    url: activity.url,
    authors: [],
    genres: [],
    keywords: [activity.eventType.label.nl, ...activity.themes.map((theme) => theme.label.nl)],
    themes: activity.themes.map((theme) => ({ name: theme.label.nl, code: theme.id })),
    startDate: activity.start,
    location: activity.venue.name,
    eventTypeId: activity.eventType.id,
  };
}

/**
 * Today's not yet started activities, each once (its first occurrence still to come). "Today" is
 * the person's own day, as their device keeps it (as in should-notify.ts); only the activity's clock
 * time and "vanavond" are Antwerp's.
 */
export function stillToday(activities: readonly UpcomingActivity[], now: Date): UpcomingActivity[] {
  const today = localDay(now);
  const earliest = now.getTime() + LEAD_MINUTES * 60_000;
  const seen = new Set<string>();
  return [...activities]
    .filter((a) => {
      const start = new Date(a.start);
      return start.getTime() >= earliest && localDay(start) === today;
    })
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .filter((a) => !seen.has(a.id) && seen.add(a.id) !== undefined);
}

function nearbyOf(activity: UpcomingActivity, district: DistrictName) {
  const km = distanceKm(DISTRICT_CENTRES[district], activity.venue);
  return activity.venue.district === district || km <= NEARBY_KM ? { district, km } : undefined;
}

export function pickNotification(input: PickInput): NotificationPick | undefined {
  const candidates = stillToday(input.activities, input.now);
  if (candidates.length === 0) return undefined;
  const byId = new Map(candidates.map((activity) => [activity.id, activity]));
  const ranked = rankItems(candidates.map(toPageItem), input.records, input.allowed, {
    relevant: SHORTLIST,
    ...(input.excluded ? { excluded: input.excluded } : {}),
    site: { id: 'agenda', name: 'UiT in Antwerpen' },
    // No page sees a notification: what the person has already is simply not offered.
    omitKnown: true,
    ...(input.dial !== undefined ? { dial: input.dial } : {}),
    ...(input.bridge ? { bridge: input.bridge } : {}),
  }).filter((suggestion) => suggestion.kind === 'relevant');
  const home = input.district && input.allowed.includes('location') ? input.district : undefined;
  const shortlist = ranked.flatMap((suggestion) => {
    const activity = byId.get(suggestion.itemId);
    if (!activity) return [];
    const nearby = home ? nearbyOf(activity, home) : undefined;
    return [{ activity, suggestion, nearby }];
  });
  const chosen = shortlist.find((entry) => entry.nearby) ?? shortlist[0];
  if (!chosen) return undefined;
  return {
    activity: chosen.activity,
    suggestion: chosen.suggestion,
    evening: antwerpHour(chosen.activity.start) >= EVENING_HOUR,
    ...(chosen.nearby ? { nearby: chosen.nearby } : {}),
  };
}
