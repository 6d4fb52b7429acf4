import type { CatalogItem } from '../../catalog/catalog-item.ts';

const cache = new WeakMap<readonly CatalogItem[], Map<string, number>>();

/**
 * Novelty of each candidate in bits: log2(1 + the number of candidates of its kind that are more
 * popular), the self-information -log2 p of an item whose popularity p falls with its rank as in
 * Zipf's law. Popularity is comparable within a kind only (and the catalogue stores it on a
 * compressed scale), so its rank is used, not its value: the most popular book is 0 bits, the
 * 100th 6.6, the 1,000th 10. The head, where relevant items are, is spread as far apart as the
 * tail, so the re-ranker's tail bonus acts there too (a share of candidates "at most as popular"
 * gave the whole head under 0.4 bits). Kept per candidate list, which a caller may rank for many people.
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
      // Candidates more popular than c: everything before its tie group.
      out.set(c.id, Math.log2(1 + first));
    }
  }
  return out;
}
