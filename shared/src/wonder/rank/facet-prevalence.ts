import type { CatalogItem } from '../../catalog/catalog-item.ts';

/** Share of the candidates (0..1) that carry a theme or genre. */
export type Prevalence = (facet: 'theme' | 'genre', key: string) => number;

interface Carriers {
  theme: Map<string, number>;
  genre: Map<string, number>;
}

const cache = new WeakMap<readonly CatalogItem[], Carriers>();

function countCarriers(candidates: readonly CatalogItem[]): Carriers {
  const carriers: Carriers = { theme: new Map(), genre: new Map() };
  const count = (counts: Map<string, number>, key: string) =>
    counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const c of candidates) {
    for (const t of c.themes) count(carriers.theme, t.id);
    for (const g of c.genres) count(carriers.genre, g);
  }
  return carriers;
}

/**
 * How common each genre and theme is among the candidates, so that reasons prefer specific ones.
 * Counted on first use (only explanations need it) and kept per candidate list.
 */
export function facetPrevalence(candidates: readonly CatalogItem[]): Prevalence {
  return (facet, key) => {
    let carriers = cache.get(candidates);
    if (!carriers) cache.set(candidates, (carriers = countCarriers(candidates)));
    return (carriers[facet].get(key) ?? 0) / Math.max(1, candidates.length);
  };
}
