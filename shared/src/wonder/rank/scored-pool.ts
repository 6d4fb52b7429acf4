import type { CatalogItem } from '../../catalog/catalog-item.ts';
import type { Reasons } from '../explain.ts';
import type { CollaborativeMatch } from './collaborative-scores.ts';
import { candidateRelevance, facetPrevalence } from './content-relevance.ts';
import type { TasteProfile } from './taste-profile.ts';

export interface ScoredCandidate {
  item: CatalogItem;
  relevance: number;
  reasons: Reasons;
}

/** The pool keeps the overall best this many, and per medium at least its best `PER_MEDIUM`. */
const POOL_TOP = 400;
const PER_MEDIUM = 40;

/**
 * The unseen candidates scored (step 3 and 4 together), best first, ties by id. Only books have a
 * collaborative signal, so the overall top is often books alone: each medium keeps its best few,
 * so that diversity across media can compete at all.
 */
export function scoredPool(
  candidates: readonly CatalogItem[],
  profile: TasteProfile,
  collaborative: { matches: Map<string, CollaborativeMatch>; max: number },
): ScoredCandidate[] {
  const seen = new Set(profile.seenItems.map((a) => a.key));
  const ctx = {
    profile,
    collaborative,
    prevalence: facetPrevalence(candidates),
    logPopularityMax: Math.log1p(Math.max(1, ...candidates.map((c) => c.popularity))),
  };
  const perMedium = new Map<string, number>();
  return candidates
    .filter((item) => !seen.has(item.id))
    .map((item) => ({ item, ...candidateRelevance(item, ctx) }))
    .sort((a, b) => b.relevance - a.relevance || (a.item.id < b.item.id ? -1 : 1))
    .filter((x, i) => {
      const n = perMedium.get(x.item.medium) ?? 0;
      perMedium.set(x.item.medium, n + 1);
      return i < POOL_TOP || n < PER_MEDIUM;
    });
}
