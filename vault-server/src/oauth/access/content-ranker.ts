import {
  RankCandidate,
  RankRequest,
  RankResponse,
  type RankedItem,
} from '@verwonder/shared/wire/rank.ts';
import { FACETS, featureKey, type Facet, type RankProfile } from './rank-profile.ts';

// The wire shapes live in shared/src/wire/rank.ts; re-exported for this module's users.
export { RankCandidate, RankRequest, RankResponse, type RankedItem };

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
