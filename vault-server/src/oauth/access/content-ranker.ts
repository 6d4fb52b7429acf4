import type { CulturalRecord, DataCategoryId, Medium } from '@verwonder/shared';
import { RankCandidate, RankRequest, type RankedItem } from '@verwonder/shared/wire/rank.ts';

// The wire shapes live in shared/src/wire/rank.ts; re-exported for this module's users.
export { RankCandidate, RankRequest, type RankedItem };

type Feature = string;
type Profile = Map<Feature, { weight: number; categories: Set<DataCategoryId> }>;

/** The features an item has; people and items are compared on the same ones. */
function features(item: {
  termIds?: string[];
  genres?: string[];
  authors?: string[];
  venueId?: string | undefined;
  medium?: Medium | undefined;
}): Feature[] {
  return [
    ...(item.termIds ?? []).map((id) => `term:${id}`),
    ...(item.genres ?? []).map((genre) => `genre:${genre.toLowerCase()}`),
    ...(item.authors ?? []).map((author) => `author:${author.toLowerCase()}`),
    ...(item.venueId ? [`venue:${item.venueId}`] : []),
    ...(item.medium ? [`medium:${item.medium}`] : []),
  ];
}

/** How much each feature says about the person, and which categories it came from. */
export function contentProfile(records: readonly CulturalRecord[]): Profile {
  const profile: Profile = new Map();
  const add = (feature: Feature, weight: number, category: DataCategoryId) => {
    const entry = profile.get(feature) ?? { weight: 0, categories: new Set<DataCategoryId>() };
    entry.weight += weight;
    entry.categories.add(category);
    profile.set(feature, entry);
  };
  for (const record of records) {
    if (record.category === 'interests') {
      for (const feature of features({ termIds: record.data.themeIds, genres: record.data.genres }))
        add(feature, 3, record.category);
      for (const medium of record.data.media) add(`medium:${medium}`, 1, record.category);
      continue;
    }
    const item = 'item' in record ? record.item : undefined;
    if (item) for (const feature of features(item)) add(feature, 1, record.category);
    if (record.category === 'visits') add(`venue:${record.data.venueId}`, 1, record.category);
  }
  return profile;
}

/**
 * Plain content match until the wonder algorithm is available here: an item scores the (log-damped)
 * weight of the person's features it shares, scaled to [0, 1]. Ties keep the site's order.
 */
export function rankByContent(
  candidates: readonly RankCandidate[],
  records: readonly CulturalRecord[],
): RankedItem[] {
  const profile = contentProfile(records);
  const scored = candidates.map((candidate, index) => {
    let score = 0;
    const categories = new Set<DataCategoryId>();
    for (const feature of new Set(features(candidate))) {
      const entry = profile.get(feature);
      if (!entry) continue;
      score += Math.log1p(entry.weight);
      for (const category of entry.categories) categories.add(category);
    }
    return { id: candidate.id, score, categories: [...categories].sort(), index };
  });
  const best = Math.max(0, ...scored.map((item) => item.score));
  return scored
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ id, score, categories }) => ({
      id,
      score: best > 0 ? Math.round((score / best) * 1000) / 1000 : 0,
      categories,
    }));
}
