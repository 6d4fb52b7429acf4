import type { CatalogItem } from '../../catalog/catalog-item.ts';

const cache = new WeakMap<readonly CatalogItem[], Map<string, number>>();

/**
 * Novelty of each candidate in bits: -log2 of the share of candidates of its kind that are at most
 * as popular. Popularity is comparable within a kind only (and the catalogue stores it on a
 * compressed scale), so its rank is used, not its value: the most popular book is 0 bits, the
 * least popular of 500 about 9, and the re-ranker's tail bonus has a real range to act on.
 * Kept per candidate list, which a caller may rank for many people.
 */
export function popularityNovelty(candidates: readonly CatalogItem[]): ReadonlyMap<string, number> {
  const cached = cache.get(candidates);
  if (cached) return cached;
  const out = new Map<string, number>();
  cache.set(candidates, out);
  for (const kind of ['book', 'activity'] as const) {
    const ofKind = candidates
      .filter((c) => c.kind === kind)
      // Most popular first. Signs, not a difference: a difference is a new heap number per comparison.
      .sort((a, b) => (b.popularity > a.popularity ? 1 : b.popularity < a.popularity ? -1 : 0));
    let first = 0;
    for (let i = 0; i < ofKind.length; i++) {
      const c = ofKind[i] as CatalogItem;
      if (i > 0 && c.popularity !== (ofKind[i - 1] as CatalogItem).popularity) first = i;
      // Candidates at most as popular as c: c's tie group and everything after it.
      out.set(c.id, Math.log2(ofKind.length / (ofKind.length - first)));
    }
  }
  return out;
}
