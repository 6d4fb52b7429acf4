import type { Activity, EventTypeTerm } from '@verwonder/shared/catalog/index.ts';
import { agendaDate } from '../catalog/occurrences.ts';
import { matchesAllWords, normalizeText, queryWords } from '../catalog/text-match.ts';

export interface AgendaEntry {
  activity: Activity;
  /**
   * The day it is listed under. Undefined for the ongoing offer ("doorlopend"): permanent
   * activities and periods that had already started, which would otherwise crowd the first day.
   */
  date: Date | undefined;
  /** End of an ongoing period, for "t/m" badges. */
  until?: Date;
}

export interface AgendaSearch {
  q?: string;
  typeId?: string;
  from: Date;
  /** Exclusive upper bound. */
  until?: Date;
}

export interface AgendaResult {
  entries: AgendaEntry[];
  /** Event types among the matches before the type filter, most frequent first. */
  typeCounts: Array<{ type: EventTypeTerm; count: number }>;
}

/** All activities of the agenda with their search text; queries are linear scans. */
export class AgendaIndex {
  private readonly entries: Array<{ activity: Activity; text: string }>;
  private readonly byId: Map<string, Activity>;
  readonly types: ReadonlyMap<string, EventTypeTerm>;

  constructor(activities: readonly Activity[]) {
    this.entries = activities.map((activity) => ({
      activity,
      text: normalizeText(
        [
          activity.title,
          activity.description ?? '',
          activity.venue.name,
          activity.venue.address.district,
          activity.eventType.label.nl,
          ...activity.themes.map((t) => t.label.nl),
          ...activity.genres,
          ...activity.tags,
        ].join(' '),
      ),
    }));
    this.byId = new Map(activities.map((a) => [a.id, a]));
    this.types = new Map(activities.map((a) => [a.eventType.id, a.eventType]));
  }

  get(id: string): Activity | undefined {
    return this.byId.get(id);
  }

  search(s: AgendaSearch): AgendaResult {
    const words = s.q ? queryWords(s.q) : [];
    const matched: AgendaEntry[] = [];
    for (const e of this.entries) {
      if (words.length && !matchesAllWords(e.text, words)) continue;
      const cal = e.activity.calendar;
      if (cal.type === 'permanent') {
        matched.push({ activity: e.activity, date: undefined });
        continue;
      }
      const date = agendaDate(cal, s.from);
      if (!date) continue; // over before the period starts
      if (s.until && date.getTime() >= s.until.getTime()) continue;
      if (cal.type === 'periodic' && Date.parse(cal.startDate) < s.from.getTime()) {
        matched.push({ activity: e.activity, date: undefined, until: new Date(cal.endDate) });
      } else {
        matched.push({ activity: e.activity, date });
      }
    }
    const counts = new Map<string, number>();
    for (const m of matched)
      counts.set(m.activity.eventType.id, (counts.get(m.activity.eventType.id) ?? 0) + 1);
    const filtered = s.typeId
      ? matched.filter((m) => m.activity.eventType.id === s.typeId)
      : matched;
    // Dated entries by date; then ongoing periods, closing soonest first; then the permanent offer.
    const rank = (e: AgendaEntry): number => (e.date ? 0 : e.until ? 1 : 2);
    filtered.sort((a, b) => {
      const byRank = rank(a) - rank(b);
      if (byRank) return byRank;
      const at = (a.date ?? a.until)?.getTime() ?? 0;
      const bt = (b.date ?? b.until)?.getTime() ?? 0;
      return (
        at - bt ||
        b.activity.popularity - a.activity.popularity ||
        a.activity.title.localeCompare(b.activity.title, 'nl')
      );
    });
    return {
      entries: filtered,
      typeCounts: [...counts.entries()]
        .map(([id, count]) => ({ type: this.types.get(id) as EventTypeTerm, count }))
        .sort((a, b) => b.count - a.count || a.type.label.nl.localeCompare(b.type.label.nl, 'nl')),
    };
  }
}
