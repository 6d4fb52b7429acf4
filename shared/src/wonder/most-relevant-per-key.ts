import type { CatalogItem } from '../catalog/catalog-item.ts';
import type { CulturalRecord } from '../model/cultural-record.ts';
import type { DataCategoryId } from '../model/data-category.ts';
import { candidateRelevance } from './rank/content-relevance.ts';
import { relevanceFor } from './prepare-ranking.ts';
import type { SuggestOptions } from './suggest.ts';

/**
 * One candidate per key, for a page that shows each key once (the demo catalogue repeats a
 * "Rommelmarkt" at other dates and venues): the one `suggest`'s own relevance puts first for this
 * history and these options (venue, distance, weekday and price tell namesakes apart), ties by id
 * as in its scored pool. The kept candidates stay in their order; only keys with more than one
 * candidate are scored, as scoring the whole catalogue costs as much as a ranking.
 */
export function mostRelevantPerKey(
  history: readonly CulturalRecord[],
  candidates: readonly CatalogItem[],
  consentMask: Iterable<DataCategoryId>,
  options: SuggestOptions,
  keyOf: (item: CatalogItem) => string,
): CatalogItem[] {
  const groups = new Map<string, CatalogItem[]>();
  for (const item of candidates) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  if (groups.size === candidates.length) return [...candidates];
  const { relevance } = relevanceFor(history, candidates, consentMask, options);
  const keep = new Set<CatalogItem>();
  for (const group of groups.values()) {
    let best = group[0] as CatalogItem;
    let bestScore = group.length > 1 ? candidateRelevance(best, relevance) : 0;
    for (const item of group.slice(1)) {
      const score = candidateRelevance(item, relevance);
      if (score > bestScore || (score === bestScore && item.id < best.id)) {
        best = item;
        bestScore = score;
      }
    }
    keep.add(best);
  }
  return candidates.filter((item) => keep.has(item));
}
