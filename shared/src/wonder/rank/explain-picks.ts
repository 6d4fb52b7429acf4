import type { CatalogItem } from '../../catalog/catalog-item.ts';
import type { Suggestion } from '../../model/suggestion.ts';
import { chooseExplanations, type Novelty, type Reasons } from '../explain.ts';
import type { Pick, WonderCandidate } from '../rerank/wonder-rerank.ts';
import type { ScoredCandidate } from './scored-pool.ts';
import type { TasteProfile } from './taste-profile.ts';

/** What a surprise is new in, said only when the allowed history really lacks it. */
function noveltyOf(item: CatalogItem, profile: TasteProfile): Novelty {
  if (item.kind === 'activity' && !profile.themes.has(item.eventType.id))
    return { kind: 'event-type', label: item.eventType.label };
  const fresh = item.genres.find((g) => !profile.genres.has(g));
  if (fresh) return { kind: 'genre', key: fresh };
  return { kind: 'unusual' };
}

/**
 * Step 6, explain: each pick becomes a suggestion with its reasons in words and the categories and
 * records they rest on (its provenance). Explanations already used higher up are not repeated.
 */
export function explainPicks(
  picks: readonly Pick[],
  pool: readonly ScoredCandidate[],
  candidates: readonly WonderCandidate[],
  profile: TasteProfile,
  reasonsOf: (item: CatalogItem) => Reasons,
): Suggestion[] {
  const used = new Map<string, number>();
  return picks.map((pick, rank) => {
    const { item } = pool[pick.index] as ScoredCandidate;
    const why = reasonsOf(item);
    const reasons: Reasons =
      pick.kind === 'relevant'
        ? why
        : {
            ...why,
            surprise: {
              novelty: noveltyOf(item, profile),
              categories: profile.behaviouralCategories,
              recordIds: profile.adventure.recordIds.slice(0, 3),
            },
          };
    const explanations = chooseExplanations(reasons, profile.categoryOf, used);
    return {
      id: `sugg-${item.id}`,
      itemId: item.id,
      rank: rank + 1,
      score: Number((candidates[pick.index]?.relevance ?? 0).toFixed(6)),
      kind: pick.kind,
      isSurprise: pick.kind !== 'relevant',
      explanations,
      provenance: {
        categories: [...new Set(explanations.flatMap((e) => e.categories))].sort(),
        recordIds: [...new Set(explanations.flatMap((e) => e.recordIds))].sort(),
      },
    };
  });
}
