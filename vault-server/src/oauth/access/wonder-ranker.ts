import type { CulturalRecord, DataCategoryId } from '@verwonder/shared';
import type { CatalogData } from '@verwonder/shared/catalog-data';
import { suggest } from '@verwonder/shared/wonder/suggest.ts';
import { rankByContent, type RankCandidate, type RankedItem } from './content-ranker.ts';

/** The part of the demo catalogue ranking needs: items by id and the genre-to-theme bridge. */
export type RankingCatalog = Pick<CatalogData, 'byId' | 'bridge'>;

/**
 * The wonder algorithm (shared/src/wonder) over the candidates it knows from the catalogue, in its
 * order, with its scores and the categories its explanations rest on; then the candidates it did not
 * rank (unknown to the catalogue, or already borrowed or attended), by plain content match. Records
 * outside `categories` never reach it.
 */
export function rankCandidates(
  candidates: readonly RankCandidate[],
  records: readonly CulturalRecord[],
  categories: readonly DataCategoryId[],
  catalog: RankingCatalog | undefined,
): RankedItem[] {
  const known = catalog ? candidates.flatMap((candidate) => catalog.byId(candidate.id) ?? []) : [];
  const suggestions =
    known.length > 0
      ? suggest(records, known, categories, { k: known.length, bridge: catalog?.bridge() })
      : [];
  const best = Math.max(1e-9, ...suggestions.map((s) => s.score));
  const ranked: RankedItem[] = suggestions.map((s) => ({
    id: s.itemId,
    score: Math.round((Math.max(0, s.score) / best) * 1000) / 1000,
    categories: s.provenance.categories,
  }));
  const done = new Set(ranked.map((item) => item.id));
  const rest = rankByContent(
    candidates.filter((candidate) => !done.has(candidate.id)),
    records.filter((record) => categories.includes(record.category)),
  );
  // Below every item the wonder algorithm ranked.
  return [
    ...ranked,
    ...rest.map((item) => ({
      ...item,
      score: ranked.length > 0 ? Math.round(item.score * 0.001 * 1000) / 1000 : item.score,
    })),
  ];
}
