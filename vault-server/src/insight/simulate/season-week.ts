import type { NewCulturalRecordInput } from '@verwonder/shared';
import { BASELINE_SUFFIX } from '../attribution.ts';
import type { SeasonPerson } from './season-people.ts';

export const SIM_SITE = 'http://localhost:4801';
export const SLOTS_PER_WEEK = 6;

/**
 * Whether a person acts, from their own held-out history: an item they held out and liked is clicked
 * and borrowed often, one they held out and did not like less, anything else rarely. The chances are
 * assumptions of the simulation, the same for wonder and the baseline.
 */
export const ACT = {
  clickLiked: 0.6,
  clickSeen: 0.3,
  clickOther: 0.04,
  borrowLiked: 0.7,
  borrowSeen: 0.35,
  borrowOther: 0.15,
  answer: 0.5,
} as const;

const DAY = 86_400_000;

/** A stable per-person, per-slot choice: is this slot the plain baseline? */
export function isBaselineSlot(
  user: number,
  week: number,
  slot: number,
  share: number,
  seed: number,
): boolean {
  let x = (user * 73_856_093) ^ (week * 19_349_663) ^ (slot * 83_492_791) ^ seed;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return ((x ^ (x >>> 16)) >>> 0) / 4_294_967_296 < share;
}

/** One person's week: the suggestions shown, what they clicked, borrowed and said, as pod records. */
export function seasonWeek(
  person: SeasonPerson,
  week: number,
  start: Date,
  options: {
    baselineShare: number;
    seed: number;
    title: (item: number) => string;
    itemId: (item: number) => string;
  },
  random: () => number,
  used: Set<number>,
): NewCulturalRecordInput[] {
  const records: NewCulturalRecordInput[] = [];
  let w = week * SLOTS_PER_WEEK;
  let p = 0;
  for (let slot = 0; slot < SLOTS_PER_WEEK; slot++) {
    const baseline = isBaselineSlot(person.user, week, slot, options.baselineShare, options.seed);
    let item: number | undefined;
    if (baseline) {
      while (p < person.popular.length && used.has(person.popular[p]!)) p++;
      item = person.popular[p++];
    } else {
      while (w < person.wonder.length && used.has(person.wonder[w]!)) w++;
      item = person.wonder[w++];
    }
    if (item === undefined) continue;
    used.add(item);
    const itemId = options.itemId(item);
    const surprise = !baseline && person.surprising(item);
    const suggestionId = `${SIM_SITE}#${itemId}${baseline ? BASELINE_SUFFIX : ''}`;
    const ref = {
      id: itemId,
      title: options.title(item),
      kind: 'book' as const,
      medium: 'read' as const,
    };
    const at = (offset: number) => new Date(start.getTime() + offset).toISOString();
    const shownAt = Math.floor(random() * 6 * DAY);
    const feedback = (kind: string, offset: number) =>
      records.push({
        category: 'feedback',
        time: at(offset),
        source: { type: 'extension' },
        item: ref,
        data: {
          kind: kind as 'click',
          suggestionId,
          itemId,
          wasSurprise: surprise,
          site: SIM_SITE,
        },
      });
    feedback('impression', shownAt);
    const liked = person.liked.has(item);
    const seen = person.seen.has(item);
    if (random() >= (liked ? ACT.clickLiked : seen ? ACT.clickSeen : ACT.clickOther)) continue;
    feedback('click', shownAt + 60_000);
    if (random() >= (liked ? ACT.borrowLiked : seen ? ACT.borrowSeen : ACT.borrowOther)) continue;
    const borrowedAt = shownAt + Math.floor(random() * 13 * DAY) + 3_600_000;
    records.push({
      category: 'loans',
      time: at(borrowedAt),
      source: { type: 'person' },
      item: ref,
      data: { action: 'borrowed' },
    });
    if (random() < ACT.answer)
      feedback(liked ? (surprise ? 'wow' : 'thumbs-up') : 'thumbs-down', borrowedAt + 3_600_000);
  }
  return records;
}
