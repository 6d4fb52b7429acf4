import type { CatalogItem } from '../catalog/catalog-item.ts';
import type { GenreThemeBridge } from '../catalog/genre-theme-bridge.ts';
import type { CulturalRecord } from '../model/cultural-record.ts';
import type { DataCategoryId } from '../model/data-category.ts';
import type { Suggestion } from '../model/suggestion.ts';
import type { ItemModel } from './model/item-model.ts';
import type { WonderKnobs } from './rerank/dial.ts';
import { candidateReasons, type RelevanceWeights } from './rank/content-relevance.ts';
import { explainPicks } from './rank/explain-picks.ts';
import { choosePicks } from './rank/rerank-candidates.ts';
import { prepareRanking } from './prepare-ranking.ts';

export interface SuggestOptions {
  k?: number;
  /** 0 = vertrouwd (familiar) .. 1 = verras me (surprise me); default 0.5. */
  dial?: number;
  /** Reference time for decay; defaults to the latest allowed record, so output is deterministic. */
  now?: string | number;
  bridge?: GenreThemeBridge;
  itemModel?: ItemModel;
  seed?: number;
  /** Times each item was already shown, for the exposure term. */
  exposure?: ReadonlyMap<string, number>;
  /** false = plain top-k by relevance (the benchmark's reference); default true. */
  rerank?: boolean;
  /**
   * Rank the items the person already has (their records' item ids) like any other, instead of
   * leaving them out: for a caller whose output a page watches (the extension's marks), so which
   * items stay unmarked does not tell the page what the person had. The caller labels them.
   */
  rankSeen?: boolean;
  /** Override of the decay's half-life (HALF_LIFE_DAYS), for tuning on a validation split. */
  halfLifeDays?: number;
  /** Overrides of the relevance weights, for tuning on a validation split; products use the defaults. */
  relevanceWeights?: Partial<RelevanceWeights>;
  /** Overrides of what the dial sets, for tuning on a validation split; products use the dial alone. */
  knobs?: Partial<WonderKnobs>;
}

/**
 * The one entry point for ranking: history + candidates + consent mask -> suggestions with their
 * explanations and provenance. Each step is its own module under rank/: the consent mask, the
 * taste profile (cultural DNA), the collaborative signal, relevance, re-ranking, explanations.
 * Records outside the mask are dropped before anything is derived, so the output cannot depend on them.
 */
export function suggest(
  history: readonly CulturalRecord[],
  candidates: readonly CatalogItem[],
  consentMask: Iterable<DataCategoryId>,
  options: SuggestOptions = {},
): Suggestion[] {
  const { profile, relevance, pool, wonderCandidates } = prepareRanking(
    history,
    candidates,
    consentMask,
    options,
  );
  const picks = choosePicks(wonderCandidates, { ...options, k: options.k ?? 20 }, profile);
  return explainPicks(picks, pool, wonderCandidates, profile, (item) =>
    candidateReasons(item, relevance),
  );
}
