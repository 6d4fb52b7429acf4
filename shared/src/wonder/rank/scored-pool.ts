import type { CatalogItem } from '../../catalog/catalog-item.ts';
import { candidateRelevance, type RelevanceContext } from './content-relevance.ts';

export interface ScoredCandidate {
  item: CatalogItem;
  relevance: number;
}

/** The pool keeps the overall best this many, and per medium at least its best `PER_MEDIUM`. */
const POOL_TOP = 400;
const PER_MEDIUM = 40;

/**
 * The unseen candidates by relevance, best first, ties by id. Only books have a
 * collaborative signal, so the overall top is often books alone: each medium keeps its best few,
 * so that diversity across media can compete at all.
 */
export function scoredPool(
  candidates: readonly CatalogItem[],
  ctx: RelevanceContext,
): ScoredCandidate[] {
  const seen = new Set(ctx.profile.seenItems.map((a) => a.key));
  const perMedium = new Map<string, number>();
  return candidates
    .filter((item) => !seen.has(item.id))
    .map((item) => ({ item, relevance: candidateRelevance(item, ctx) }))
    .sort((a, b) => b.relevance - a.relevance || (a.item.id < b.item.id ? -1 : 1))
    .filter((x, i) => {
      const n = perMedium.get(x.item.medium) ?? 0;
      perMedium.set(x.item.medium, n + 1);
      return i < POOL_TOP || n < PER_MEDIUM;
    });
}
