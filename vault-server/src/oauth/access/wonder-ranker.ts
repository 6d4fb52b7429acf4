import type { CulturalRecord, DataCategoryId } from '@verwonder/shared';
import type { CatalogData } from '@verwonder/shared/catalog-data';
import type { CatalogItem } from '@verwonder/shared/catalog/catalog-item.ts';
import {
  candidateFeatures,
  rankByProfile,
  type ItemFeatures,
  type RankCandidate,
  type RankedItem,
} from './content-ranker.ts';
import { rankProfile } from './rank-profile.ts';

/** The part of the demo catalogue ranking needs: items by id and the genre-to-theme bridge. */
export type RankingCatalog = Pick<CatalogData, 'itemsById' | 'bridge'>;

// One minimum for the vault and every client (shared/src/wire/rank.ts).
export { MIN_RANK_CANDIDATES } from '@verwonder/shared/wire/rank.ts';

/** A catalogue item's features, the same facets a site's description has. */
function catalogFeatures(item: CatalogItem): ItemFeatures {
  const themes = item.themes.map((theme) => theme.id);
  return item.kind === 'book'
    ? { theme: themes, genre: item.genres, author: item.authors, venue: [], medium: [item.medium] }
    : {
        theme: [item.eventType.id, ...themes],
        genre: item.genres,
        author: [],
        venue: [item.venue.id],
        medium: [item.medium],
      };
}

/**
 * `suggestions:rank`: the candidates in the person's order, computed from a coarse profile of the
 * records in `categories` (rank-profile.ts: only features two records share, rounded weights) and
 * what each candidate is (the catalogue's description when it knows the id, the site's otherwise).
 * Every candidate goes through the same function: nothing is filtered, nothing appended, whether or
 * not the person already borrowed or attended it. Duplicate ids count once, first place kept.
 * `askingClientId`: the site that asks, whose own records never complete another's two-item minimum.
 */
export function rankCandidates(
  candidates: readonly RankCandidate[],
  records: readonly CulturalRecord[],
  categories: readonly DataCategoryId[],
  catalog: RankingCatalog | undefined,
  askingClientId?: string,
): RankedItem[] {
  const allowed = new Set(categories);
  const profile = rankProfile(
    records.filter((record) => allowed.has(record.category)),
    catalog?.bridge(),
    askingClientId,
  );
  const unique = new Map<string, RankCandidate>();
  for (const candidate of candidates)
    if (!unique.has(candidate.id)) unique.set(candidate.id, candidate);
  // One reading of the clock for the whole ranking, not one per candidate.
  const items = catalog?.itemsById();
  return rankByProfile(
    [...unique.values()].map((candidate) => {
      const known = items?.get(candidate.id);
      return {
        id: candidate.id,
        features: known ? catalogFeatures(known) : candidateFeatures(candidate),
      };
    }),
    profile,
  );
}
