import type { Activity, Venue } from '@verwonder/shared/catalog/index.ts';
import { matchesAllWords, normalizeText, queryWords } from '../catalog/text-match.ts';

export type ExhibitionKind = 'tijdelijk' | 'vast';
/** nu: open today (and permanent collections); binnenkort: not yet open; alles: not yet over. */
export type ExhibitionPeriod = 'nu' | 'binnenkort' | 'alles';

/** Exhibitions shown on the museum site: ExhibitionEvents and the museums' permanent collections. */
export function isMuseumOffer(activity: Activity): boolean {
  return (
    activity.schemaType === 'ExhibitionEvent' ||
    (activity.venue.kind === 'museum' && activity.calendar.type === 'permanent')
  );
}

export function exhibitionKind(activity: Activity): ExhibitionKind {
  return activity.calendar.type === 'permanent' ? 'vast' : 'tijdelijk';
}

/** Last moment an exhibition can be visited (undefined for permanent collections). */
function endOf(activity: Activity): number | undefined {
  const cal = activity.calendar;
  if (cal.type === 'permanent') return undefined;
  if (cal.type === 'multiple') return Math.max(...cal.subEvents.map((s) => Date.parse(s.endDate)));
  return Date.parse(cal.endDate);
}

function startOf(activity: Activity): number {
  const cal = activity.calendar;
  if (cal.type === 'permanent') return 0;
  if (cal.type === 'multiple')
    return Math.min(...cal.subEvents.map((s) => Date.parse(s.startDate)));
  return Date.parse(cal.startDate);
}

interface MuseumGroup {
  venue: Venue;
  exhibitions: Activity[];
}

export interface ExhibitionSearch {
  q?: string;
  venueId?: string;
  kind?: ExhibitionKind;
  period: ExhibitionPeriod;
  now: Date;
}

export class ExhibitionIndex {
  private readonly entries: Array<{ activity: Activity; text: string }>;
  private readonly byId: Map<string, Activity>;
  /** Venues that have at least one exhibition, by name. */
  readonly venues: Venue[];

  constructor(activities: readonly Activity[]) {
    const offers = activities.filter(isMuseumOffer);
    this.entries = offers.map((activity) => ({
      activity,
      text: normalizeText(
        [
          activity.title,
          activity.description ?? '',
          activity.venue.name,
          ...activity.themes.map((t) => t.label.nl),
          ...activity.tags,
        ].join(' '),
      ),
    }));
    this.byId = new Map(offers.map((a) => [a.id, a]));
    const venues = new Map(offers.map((a) => [a.venue.id, a.venue]));
    this.venues = [...venues.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  get(id: string): Activity | undefined {
    return this.byId.get(id);
  }

  /**
   * Matching exhibitions in display order: museums first, then by venue name; within a venue
   * temporary ones closing soonest first, permanent collections last.
   */
  search(s: ExhibitionSearch): Activity[] {
    const words = s.q ? queryWords(s.q) : [];
    const now = s.now.getTime();
    const groups = new Map<string, MuseumGroup>();
    for (const { activity, text } of this.entries) {
      const end = endOf(activity);
      if (end !== undefined && end < now) continue;
      const open = startOf(activity) <= now;
      if (s.period === 'nu' && !open) continue;
      if (s.period === 'binnenkort' && open) continue;
      if (s.venueId && activity.venue.id !== s.venueId) continue;
      if (s.kind && exhibitionKind(activity) !== s.kind) continue;
      if (words.length && !matchesAllWords(text, words)) continue;
      let group = groups.get(activity.venue.id);
      if (!group)
        groups.set(activity.venue.id, (group = { venue: activity.venue, exhibitions: [] }));
      group.exhibitions.push(activity);
    }
    for (const g of groups.values()) {
      g.exhibitions.sort((a, b) => {
        const ea = endOf(a) ?? Infinity;
        const eb = endOf(b) ?? Infinity;
        return ea - eb || startOf(a) - startOf(b) || a.title.localeCompare(b.title, 'nl');
      });
    }
    // Museums first, then other places that host exhibitions (cultural centres, libraries).
    const rank = (g: MuseumGroup): number => (g.venue.kind === 'museum' ? 0 : 1);
    return [...groups.values()]
      .sort((a, b) => rank(a) - rank(b) || a.venue.name.localeCompare(b.venue.name, 'nl'))
      .flatMap((g) => g.exhibitions);
  }
}

/** Consecutive exhibitions of the same venue, for rendering one page of results. */
export function groupByVenue(
  exhibitions: readonly Activity[],
): Array<{ venue: Venue; exhibitions: Activity[] }> {
  const groups: Array<{ venue: Venue; exhibitions: Activity[] }> = [];
  for (const a of exhibitions) {
    const last = groups[groups.length - 1];
    if (last && last.venue.id === a.venue.id) last.exhibitions.push(a);
    else groups.push({ venue: a.venue, exhibitions: [a] });
  }
  return groups;
}
