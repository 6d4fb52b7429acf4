import type { CulturalRecord } from '@verwonder/shared';
import { bridgeLinks } from '@verwonder/shared/catalog/bridge-links.ts';
import type { GenreThemeBridge } from '@verwonder/shared/catalog/genre-theme-bridge.ts';
import {
  type FeatureTally,
  MIN_SUPPORT,
  recordMedium,
  STATED_WEIGHT,
  supportSource,
  type SupportSource,
  tally,
} from './coarse-profile-rules.ts';

/** What people and items are compared on. */
export const FACETS = ['theme', 'genre', 'author', 'venue', 'medium'] as const;
export type Facet = (typeof FACETS)[number];

/** `facet:key` → coarse weight in (0, 1]: the only thing about the person a ranking may depend on. */
export type RankProfile = ReadonlyMap<string, number>;

/**
 * As in the DNA profile (dna-profile.ts): a behavioural feature counts only once at least two
 * items (supportSource) have it, so no single one (one loan by an author, however many records it
 * left, one visit to a venue) can move the order; the asking site's own items and all others are
 * held to it separately (coarse-profile-rules.ts), so a site cannot make the second item itself.
 * A stated interest counts at once: the person said it, to be used.
 */
export const RANK_MIN_SUPPORT = MIN_SUPPORT;
/** Per facet, the strongest few only. */
const TOP = 10;
/** Weights are rounded up to quarters of the facet's strongest: coarse on purpose. */
const LEVELS = 4;

export const featureKey = (facet: Facet, key: string): string =>
  `${facet}:${facet === 'genre' || facet === 'author' ? key.trim().toLowerCase() : key}`;

/** One record's features with their weight; each feature once per record. */
function recordFeatures(record: CulturalRecord, bridge: GenreThemeBridge): Map<string, number> {
  const out = new Map<string, number>();
  const put = (facet: Facet, key: string, weight: number) => {
    const k = featureKey(facet, key);
    out.set(k, Math.max(out.get(k) ?? 0, weight));
  };
  const item = 'item' in record ? record.item : undefined;
  if (item) {
    for (const id of item.termIds) put('theme', id, 1);
    for (const genre of item.genres) {
      put('genre', genre, 1);
      for (const link of bridgeLinks(bridge, genre))
        if (!item.termIds.includes(link.themeId)) put('theme', link.themeId, link.weight * 0.5);
    }
    for (const author of item.authors) put('author', author, 1);
    if (item.venueId) put('venue', item.venueId, 1);
  }
  if (record.category === 'visits' || record.category === 'museum-app')
    put('venue', record.data.venueId, 1);
  const medium = recordMedium(record);
  if (medium) put('medium', medium, 1);
  return out;
}

/**
 * The coarse profile a ranking is computed from: features of the given records that at least
 * `RANK_MIN_SUPPORT` items share (the items `askingClientId` wrote and the others each on their
 * own), the `TOP` strongest per facet, their weight rounded up to a quarter of the facet's
 * strongest. Nothing about which items the records were about survives: item ids never enter it.
 */
export function rankProfile(
  records: readonly CulturalRecord[],
  bridge: GenreThemeBridge = {},
  askingClientId?: string,
): RankProfile {
  const counts = new Map<string, FeatureTally>();
  const add = (key: string, weight: number, source: SupportSource | 'stated') =>
    tally(counts, key, weight, source);
  for (const record of records) {
    if (record.category === 'interests') {
      for (const id of record.data.themeIds) add(featureKey('theme', id), STATED_WEIGHT, 'stated');
      for (const id of record.data.genres) add(featureKey('genre', id), STATED_WEIGHT, 'stated');
      for (const id of record.data.media) add(featureKey('medium', id), STATED_WEIGHT, 'stated');
      continue;
    }
    const source = supportSource(record, askingClientId);
    for (const [key, weight] of recordFeatures(record, bridge)) add(key, weight, source);
  }
  const profile = new Map<string, number>();
  for (const facet of FACETS) {
    const kept = [...counts]
      .filter(([key, value]) => key.startsWith(`${facet}:`) && value.shown)
      .sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP);
    const strongest = kept[0]?.[1].weight ?? 0;
    for (const [key, value] of kept)
      profile.set(key, Math.ceil((value.weight / strongest) * LEVELS) / LEVELS);
  }
  return profile;
}
