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
 * The unseen candidates (with `rankSeen`, the seen ones too) by relevance, best first, ties by id. Only books have a
 * collaborative signal, so the overall top is often books alone: each medium keeps its best few,
 * so that diversity across media can compete at all. Scores and the order are kept in arrays and
 * objects are made for the kept candidates only: over the whole catalogue this step would otherwise
 * make tens of thousands of objects that outlive the collections of a long call, which teaches V8
 * to allocate this call's objects in the old generation (slow collections for every later call).
 */
export function scoredPool(
  candidates: readonly CatalogItem[],
  ctx: RelevanceContext,
  { rankSeen = false }: { rankSeen?: boolean } = {},
): ScoredCandidate[] {
  const seen = new Set(rankSeen ? [] : ctx.profile.seenItems.map((a) => a.key));
  const relevance = new Float64Array(candidates.length);
  const order: number[] = [];
  candidates.forEach((item, i) => {
    if (seen.has(item.id)) return;
    relevance[i] = candidateRelevance(item, ctx);
    order.push(i);
  });
  const itemAt = (i: number) => candidates[i] as CatalogItem;
  // Best first, ties (and NaN) by id. The comparison reads the scores itself and returns small
  // integers: a difference of two scores, or a score returned from a helper, is a new heap number
  // per comparison, hundreds of thousands of them over the whole catalogue.
  order.sort((a, b) => {
    const x = relevance[a] as number;
    const y = relevance[b] as number;
    return y > x ? 1 : y < x ? -1 : itemAt(a).id < itemAt(b).id ? -1 : 1;
  });
  const perMedium = new Map<string, number>();
  const pool: ScoredCandidate[] = [];
  order.forEach((c, i) => {
    const item = itemAt(c);
    const n = perMedium.get(item.medium) ?? 0;
    perMedium.set(item.medium, n + 1);
    if (i < POOL_TOP || n < PER_MEDIUM) pool.push({ item, relevance: relevance[c] as number });
  });
  return pool;
}
