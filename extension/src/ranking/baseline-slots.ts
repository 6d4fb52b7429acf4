/**
 * The fair comparison: a stable, per-person random share of the suggestion slots is filled by a
 * plain baseline (popularity within the page) instead of wonder, so clicks and conversions of the
 * two can be compared. A baseline suggestion says what it is ("Populair op deze pagina") and rests on
 * none of the person's records; it is never presented as personal. Pure and zod-free.
 */
import type { Explanation } from '@verwonder/shared/model/suggestion.ts';

/** Ranked by the page's own count of ratings or saves: the item most people rated or saved first. */
export const POPULAR_ON_PAGE: Explanation = {
  code: 'popular-on-page',
  text: { nl: 'Populair op deze pagina', en: 'Popular on this page' },
  categories: [],
  recordIds: [],
};

/** Where the page gives no counts, its own order is all the baseline has: said as such. */
export const TOP_OF_PAGE: Explanation = {
  code: 'top-of-page',
  text: { nl: 'Bovenaan op deze pagina', en: 'At the top of this page' },
  categories: [],
  recordIds: [],
};

/** cyrb53: a fast 53-bit string hash, well spread; as a number in [0, 1). */
function unitHash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)) / 2 ** 53;
}

/**
 * Whether the slot named `slotKey` (the site and the item wonder would put there) is a baseline
 * slot for the person with this device seed: the same answer every time, and true for about
 * `share` of all slots.
 */
export function isBaselineSlot(seed: string, slotKey: string, share: number): boolean {
  if (!(share > 0)) return false;
  if (share >= 1) return true;
  return unitHash(`${seed}\n${slotKey}`) < share;
}

export interface BaselineItem {
  id: string;
  /** The page's count of ratings, when it gives one (a book's). */
  popularity?: number | undefined;
  /** The page's count of saves, when it gives one (an event's), used where it gives no ratings. */
  saves?: number | undefined;
}

const countOf = (item: BaselineItem): number | undefined => item.popularity ?? item.saves;

/**
 * The page's items in the baseline's order with the reason that order is true for: by count of
 * ratings or saves where the page gives counts (items without one are left out), else page order.
 */
export function baselineOrder(
  items: readonly BaselineItem[],
): { id: string; explanation: Explanation }[] {
  const counted = items.flatMap((item, index) => {
    const count = countOf(item);
    return count === undefined ? [] : [{ id: item.id, count, index }];
  });
  if (counted.length === 0) return items.map((item) => ({ id: item.id, explanation: TOP_OF_PAGE }));
  return counted
    .sort((a, b) => b.count - a.count || a.index - b.index)
    .map(({ id }) => ({ id, explanation: POPULAR_ON_PAGE }));
}

export interface BaselineOptions {
  /** The device seed (control/device-seed.ts). */
  seed: string;
  /** The share of slots for the baseline, 0..1. */
  share: number;
  /** The site's origin: part of each slot's key. */
  site: string;
}

export interface Slot {
  itemId: string;
}

/**
 * Fills the baseline slots among `picks` (wonder's suggestions in display order): each one whose
 * key hashes into the share is replaced by the next item in the baseline's order that is not shown
 * already. `candidates` are the items the baseline may offer (those wonder could offer too: nothing
 * the person turned down or already had). Without a candidate left, the slot keeps wonder's pick.
 */
export function fillBaselineSlots<S extends Slot>(
  picks: readonly S[],
  candidates: readonly BaselineItem[],
  options: BaselineOptions,
  toBaseline: (itemId: string, explanation: Explanation) => S,
): S[] {
  const slots = picks.map((pick) =>
    isBaselineSlot(options.seed, `${options.site}#${pick.itemId}`, options.share),
  );
  if (!slots.some(Boolean)) return [...picks];
  const used = new Set(picks.filter((_, index) => !slots[index]).map((pick) => pick.itemId));
  const queue = baselineOrder(candidates).filter((entry) => !used.has(entry.id));
  return picks.flatMap((pick, index) => {
    if (!slots[index]) return [pick];
    const next = queue.shift();
    const filled = next ? toBaseline(next.id, next.explanation) : pick;
    // Never the same item twice (wonder's pick kept for want of candidates may be given already).
    if (used.has(filled.itemId)) return [];
    used.add(filled.itemId);
    return [filled];
  });
}
