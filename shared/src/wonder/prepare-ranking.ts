import type { CatalogItem } from '../catalog/catalog-item.ts';
import type { CulturalRecord } from '../model/cultural-record.ts';
import type { DataCategoryId } from '../model/data-category.ts';
import { collaborativeScores } from './rank/collaborative-scores.ts';
import { allowedRecords } from './rank/consent-mask.ts';
import { relevanceContext, type RelevanceContext } from './rank/content-relevance.ts';
import { popularityNovelty } from './rank/popularity-novelty.ts';
import { toWonderCandidates } from './rank/rerank-candidates.ts';
import { scoredPool, type ScoredCandidate } from './rank/scored-pool.ts';
import { tasteProfile, type TasteProfile } from './rank/taste-profile.ts';
import type { WonderCandidate } from './rerank/wonder-rerank.ts';
import type { SuggestOptions } from './suggest.ts';

/** Everything `suggest` derives before it re-ranks: what the re-ranker and the explanations read. */
export interface PreparedRanking {
  profile: TasteProfile;
  relevance: RelevanceContext;
  /** The unseen candidates (all, with `rankSeen`) by relevance, best first (with each medium's best few). */
  pool: ScoredCandidate[];
  /** The pool as the re-ranker sees it, aligned with `pool`. */
  wonderCandidates: WonderCandidate[];
}

/** Steps 1-3 up to relevance: consent mask, taste profile, collaborative signal, what relevance needs. */
export function relevanceFor(
  history: readonly CulturalRecord[],
  candidates: readonly CatalogItem[],
  consentMask: Iterable<DataCategoryId>,
  options: SuggestOptions = {},
): { profile: TasteProfile; relevance: RelevanceContext } {
  const records = allowedRecords(history, consentMask);
  const profile = tasteProfile(records, options);
  const collaborative = collaborativeScores(profile.seenItems, options.itemModel);
  const relevance = relevanceContext(candidates, profile, collaborative, options.relevanceWeights);
  return { profile, relevance };
}

/**
 * Steps 1-4 of the ranking: consent mask, taste profile, collaborative signal, relevance and the
 * scored pool. Split from the re-ranking so that a tuning run on a validation split can try many
 * re-ranker settings on one preparation; `suggest` runs both.
 */
export function prepareRanking(
  history: readonly CulturalRecord[],
  candidates: readonly CatalogItem[],
  consentMask: Iterable<DataCategoryId>,
  options: SuggestOptions = {},
): PreparedRanking {
  const { profile, relevance } = relevanceFor(history, candidates, consentMask, options);
  return rankingFromRelevance(candidates, profile, relevance, options);
}

/** Step 4: the scored pool and what the re-ranker sees of it, from a profile and its relevance. */
export function rankingFromRelevance(
  candidates: readonly CatalogItem[],
  profile: TasteProfile,
  relevance: RelevanceContext,
  options: SuggestOptions,
): PreparedRanking {
  const pool = scoredPool(candidates, relevance, { rankSeen: options.rankSeen === true });
  const wonderCandidates = toWonderCandidates(
    pool,
    popularityNovelty(candidates),
    profile,
    options.exposure,
  );
  return { profile, relevance, pool, wonderCandidates };
}
