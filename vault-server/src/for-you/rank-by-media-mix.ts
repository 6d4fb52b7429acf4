import type { CulturalRecord, Suggestion } from '@verwonder/shared';
import type { CatalogItem } from '@verwonder/shared/catalog/catalog-item.ts';
import { affinities, buildDna } from '@verwonder/shared/wonder/dna/build-dna.ts';
import { MEDIA } from '@verwonder/shared/wire/vocabulary.ts';
import { allotSlots, mediaShares } from './media-shares.ts';

/**
 * The slots by the person's media mix (the DNA's, as the DNA page shows it): a history of loans and
 * concert tickets gets books and concerts, not books only, whatever the dial. The dial's part
 * (a quarter of it) goes to media the person has not tried yet. Each medium is ranked on its own by
 * the product's call; the lists are interleaved by position, so every medium shows near the top.
 */
export function rankByMediaMix(
  records: readonly CulturalRecord[],
  candidates: readonly CatalogItem[],
  rank: (pool: readonly CatalogItem[], k: number) => Suggestion[],
  dial: number,
  slots: number,
): Suggestion[] {
  const latest = Math.max(0, ...records.map((record) => Date.parse(record.time) || 0));
  const allotted = allotSlots(
    mediaShares(affinities(buildDna(records), 'medium', latest)),
    slots,
    dial / 4,
  );
  if (allotted.size === 0) return rank(candidates, slots);
  const placed: { suggestion: Suggestion; at: number; order: number }[] = [];
  for (const [order, medium] of MEDIA.entries()) {
    const slots = allotted.get(medium) ?? 0;
    if (slots === 0) continue;
    const pool = candidates.filter((item) => item.medium === medium);
    for (const [index, suggestion] of rank(pool, slots).entries())
      placed.push({ suggestion, at: (index + 0.5) / slots, order });
  }
  const picked = placed
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map((entry) => entry.suggestion);
  if (picked.length >= slots) return picked.slice(0, slots);
  // A medium with too few candidates: the rest from everything not picked yet.
  const taken = new Set(picked.map((suggestion) => suggestion.itemId));
  return [
    ...picked,
    ...rank(
      candidates.filter((item) => !taken.has(item.id)),
      slots - picked.length,
    ),
  ];
}
