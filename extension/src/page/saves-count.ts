/**
 * How many people saved an item, from its schema.org `interactionStatistic`: the InteractionCounter
 * of BookmarkAction that an event site publishes ("favoriet bij 1.234 bezoekers"), read by the
 * catalogue's rule for activities (shared/src/catalog/activity-popularity.ts). The page's words are
 * untrusted and only a ranking hint: anything missing, malformed or out of bounds reads as no
 * count, never as an error, and never drops the item (the field is checked apart from the item's
 * own schema).
 */
import { array, looseObject, number, optional, string, union, type infer as Infer } from 'zod/mini';

import { MAX_ITEM_LIST } from './page-limits.ts';

/** The largest count believed: more than a city's people, and safely an integer. */
export const MAX_SAVES = 100_000_000;

const InteractionType = union([
  string(),
  looseObject({ '@type': optional(union([string(), array(string())])) }),
]);
const Counter = looseObject({
  interactionType: optional(InteractionType),
  userInteractionCount: optional(union([string(), number()])),
});

/** BookmarkAction by any of the names a page may give it (full URL, prefixed or bare). */
const BOOKMARK = /^(?:https?:\/\/schema\.org\/|schema:)?BookmarkAction$/;

function isBookmark(type: Infer<typeof InteractionType> | undefined): boolean {
  const names = typeof type === 'object' ? type['@type'] : type;
  return [names ?? []].flat().some((name) => BOOKMARK.test(name.trim()));
}

/** A whole count from 0 to MAX_SAVES ("1234" or 1234), else undefined. */
function countOf(value: string | number | undefined): number | undefined {
  const count =
    typeof value === 'string' ? (/^\d{1,9}$/.test(value.trim()) ? Number(value) : NaN) : value;
  return count !== undefined && Number.isSafeInteger(count) && count >= 0 && count <= MAX_SAVES
    ? count
    : undefined;
}

/**
 * The saves of the first well-formed BookmarkAction counter, or undefined when the page gives none;
 * each counter is checked alone, so a malformed one beside it does not hide it.
 */
export function savesOf(statistic: unknown): number | undefined {
  const entries = Array.isArray(statistic) ? statistic.slice(0, MAX_ITEM_LIST) : [statistic];
  for (const entry of entries) {
    const counter = Counter.safeParse(entry);
    if (counter.success && isBookmark(counter.data.interactionType))
      return countOf(counter.data.userInteractionCount);
  }
  return undefined;
}
