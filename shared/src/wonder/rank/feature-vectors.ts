import type { CatalogItem } from '../../catalog/catalog-item.ts';
import type { SparseVector } from '../rerank/sparse-vector.ts';

/** Weight of the medium among an item's diversity features (a theme or genre weighs 1). */
const MEDIUM_FEATURE_WEIGHT = 0.7;

/**
 * The re-ranker's feature vector of an item: its themes, genres and medium, scaled to unit length.
 * Features are numbered in order of first appearance over the calls of one returned function (one
 * ranking call), themes, genres and media each in their own map, so no key string is built per item.
 */
export function featureVectors(): (item: CatalogItem) => SparseVector {
  const themes = new Map<string, number>();
  const genres = new Map<string, number>();
  const media = new Map<string, number>();
  let next = 0;
  const number = (numbers: Map<string, number>, key: string) => {
    let n = numbers.get(key);
    if (n === undefined) numbers.set(key, (n = next++));
    return n;
  };
  return (item) => {
    const idx: number[] = [];
    const weight: number[] = [];
    for (const t of item.themes) addFeature(idx, weight, number(themes, t.id), 1);
    for (const g of item.genres) addFeature(idx, weight, number(genres, g), 1);
    addFeature(idx, weight, number(media, item.medium), MEDIUM_FEATURE_WEIGHT);
    return unitVectorOf(idx, weight);
  };
}

/** A repeated feature counts once (its weight is the same each time). */
function addFeature(idx: number[], weight: number[], n: number, w: number): void {
  if (idx.includes(n)) return;
  idx.push(n);
  weight.push(w);
}

/** `unitVector` of a few (index, weight) pairs with distinct indices: sorted, summed in index order. */
function unitVectorOf(idx: number[], weight: number[]): SparseVector {
  // Insertion sort: an item has a handful of features.
  for (let i = 1; i < idx.length; i++)
    for (let j = i; j > 0 && (idx[j - 1] as number) > (idx[j] as number); j--) {
      const n = idx[j] as number;
      const w = weight[j] as number;
      idx[j] = idx[j - 1] as number;
      weight[j] = weight[j - 1] as number;
      idx[j - 1] = n;
      weight[j - 1] = w;
    }
  let squares = 0;
  for (const w of weight) squares += w * w;
  const norm = Math.sqrt(squares);
  const val = new Float64Array(weight.length);
  for (let i = 0; i < weight.length; i++) val[i] = norm > 0 ? (weight[i] as number) / norm : 0;
  return { idx: new Int32Array(idx), val };
}
