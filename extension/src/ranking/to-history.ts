/**
 * The person's taste records as the wonder algorithm's history (CulturalRecords). A record keeps
 * its id, so the suggestions' provenance points back at it (the why-panel names it). Terms that
 * are UiT codes become theme ids, the rest genre keys, normalised as the candidates' genres are.
 */
import type { CulturalRecord } from '@verwonder/shared/model/cultural-record.ts';
import type { ItemRef } from '@verwonder/shared/model/item-ref.ts';

import { normaliseTerm } from './item-terms.ts';
import type { TasteRecord } from './taste-record.ts';

/** UiTdatabank term ids look like `1.8.1.0.0` or `0.50.4.0.0`. */
const UIT_CODE = /^\d+(\.\d+){2,}$/;

/** When no record has a time: any fixed instant will do, all count as equally recent. */
const NO_TIME = '2000-01-01T00:00:00.000Z';

/** The latest valid time among the records: stated interests (no time) count as current. */
function latestTime(records: readonly TasteRecord[]): string {
  let latest = Number.NEGATIVE_INFINITY;
  for (const record of records) {
    const time = record.time ? Date.parse(record.time) : Number.NaN;
    if (time > latest) latest = time;
  }
  return Number.isFinite(latest) ? new Date(latest).toISOString() : NO_TIME;
}

const validTime = (time: string | undefined) =>
  time !== undefined && Number.isFinite(Date.parse(time)) ? time : undefined;

const SOURCE = { type: 'extension' as const };
const VENUE_UNKNOWN = 'venue-unknown-to-the-page';

function split(terms: readonly string[]) {
  const termIds = new Set<string>();
  const genres = new Set<string>();
  for (const raw of terms) {
    const term = normaliseTerm(raw);
    if (!term) continue;
    if (UIT_CODE.test(term)) termIds.add(term);
    else genres.add(term);
  }
  return { termIds: [...termIds], genres: [...genres] };
}

function itemOf(record: TasteRecord): ItemRef {
  const { termIds, genres } = split(record.terms);
  return {
    id: record.itemId ?? record.id,
    title: record.label || record.id,
    kind: 'other',
    ...(record.medium ? { medium: record.medium } : {}),
    termIds,
    genres,
    // Authors as written: a page's author names match them (a free-text loan counts by author).
    authors: (record.authors ?? []).filter((author) => author.trim().length > 0),
  };
}

/** One CulturalRecord per TasteRecord of a category the algorithm learns from; others are left out. */
export function toHistory(records: readonly TasteRecord[]): CulturalRecord[] {
  const now = latestTime(records);
  return records.flatMap((record): CulturalRecord[] => {
    const base = { id: record.id, time: validTime(record.time) ?? now, source: SOURCE };
    switch (record.category) {
      case 'interests': {
        const { termIds, genres } = split(record.terms);
        return [
          {
            ...base,
            category: 'interests',
            data: { themeIds: termIds, genres, media: [], words: [] },
          },
        ];
      }
      case 'loans':
        return [
          {
            ...base,
            category: 'loans',
            item: itemOf(record),
            data: { action: 'borrowed', ...(record.rating ? { rating: record.rating } : {}) },
          },
        ];
      case 'tickets':
        return [{ ...base, category: 'tickets', item: itemOf(record), data: { quantity: 1 } }];
      // A visit or museum-app record names a venue the page's items cannot be matched on; its
      // item (an exhibition), when it has one, is what counts.
      case 'visits':
        return [
          { ...base, category: 'visits', item: itemOf(record), data: { venueId: VENUE_UNKNOWN } },
        ];
      case 'museum-app':
        return [
          {
            ...base,
            category: 'museum-app',
            item: itemOf(record),
            data: { venueId: VENUE_UNKNOWN, event: 'artwork-viewed' },
          },
        ];
      case 'browsing':
        return [
          {
            ...base,
            category: 'browsing',
            item: itemOf(record),
            // The page address is not kept on the device; only the item's identity matters here.
            data: {
              url: `urn:verwonder:item:${encodeURIComponent(record.itemId ?? record.id)}`,
              pageType: 'item',
            },
          },
        ];
      case 'feedback': {
        const reaction = record.reaction ?? { kind: 'thumbs-up' as const, wasSurprise: false };
        const itemId = record.itemId ?? record.id;
        return [
          {
            ...base,
            category: 'feedback',
            item: itemOf(record),
            data: {
              kind: reaction.kind,
              suggestionId: `sugg-${itemId}`,
              itemId,
              wasSurprise: reaction.wasSurprise,
            },
          },
        ];
      }
      default:
        return [];
    }
  });
}
