import { DataCategoryId } from '@verwonder/shared';
import { z } from 'zod';
import { FACETS, featureKey, type Facet, type RankProfile } from './rank-profile.ts';

/** A candidate the site wants ranked: an item as it describes it, never anything about the person. */
export const RankCandidate = z
  .object({
    id: z.string().min(1).max(200),
    title: z.string().max(500).optional(),
    kind: z.enum(['book', 'activity', 'other']).optional(),
    medium: z.enum(['read', 'watch', 'listen', 'experience']).optional(),
    termIds: z.array(z.string().min(1).max(64)).max(50).default([]),
    genres: z.array(z.string().min(1).max(64)).max(50).default([]),
    authors: z.array(z.string().min(1).max(200)).max(50).default([]),
    venueId: z.string().min(1).max(200).optional(),
  })
  .strict();
export type RankCandidate = z.infer<typeof RankCandidate>;

export const RankRequest = z.object({ items: z.array(RankCandidate).min(1).max(500) }).strict();

/**
 * What the vault answers: an order, nothing else. No scores (a score of 0 or a gap between two
 * blocks says which items matched nothing), no per-item categories (they would say which items
 * matched which kind of data). `categories` are the ones the person allows this site to rank over,
 * which the site already knows from its grant.
 */
export const RankResponse = z
  .object({
    ranker: z.literal('interest-profile'),
    categories: z.array(DataCategoryId),
    items: z.array(z.object({ id: z.string() }).strict()),
  })
  .strict();
export type RankResponse = z.infer<typeof RankResponse>;
export type RankedItem = RankResponse['items'][number];

/** An item's features per facet, as the catalogue or the site describes it. */
export type ItemFeatures = Record<Facet, readonly string[]>;

export const candidateFeatures = (candidate: RankCandidate): ItemFeatures => ({
  theme: candidate.termIds,
  genre: candidate.genres,
  author: candidate.authors,
  venue: candidate.venueId ? [candidate.venueId] : [],
  medium: candidate.medium ? [candidate.medium] : [],
});

/** How much each facet counts, as in the wonder algorithm (shared/src/wonder/suggest.ts). */
const FACET_WEIGHT: Record<Facet, number> = {
  theme: 1,
  genre: 1,
  author: 0.8,
  venue: 0.3,
  medium: 0.3,
};

/** A candidate's match with the coarse profile; per facet damped by how many features it lists. */
export function profileScore(features: ItemFeatures, profile: RankProfile): number {
  let score = 0;
  for (const facet of FACETS) {
    const keys = [...new Set(features[facet].map((key) => featureKey(facet, key)))];
    if (keys.length === 0) continue;
    const sum = keys.reduce((total, key) => total + (profile.get(key) ?? 0), 0);
    score += (FACET_WEIGHT[facet] * sum) / Math.sqrt(keys.length);
  }
  return score;
}

/**
 * The candidates' ids, best match first; equal matches keep the site's order. The order depends on
 * the coarse profile and on what the items are, never on their ids: an item the person already
 * borrowed or attended is ranked exactly like any other item described the same way.
 */
export function rankByProfile(
  candidates: readonly { id: string; features: ItemFeatures }[],
  profile: RankProfile,
): RankedItem[] {
  return candidates
    .map((candidate, index) => ({
      id: candidate.id,
      index,
      score: profileScore(candidate.features, profile),
    }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ id }) => ({ id }));
}
