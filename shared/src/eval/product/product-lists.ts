import type { CatalogItem } from '../../catalog/catalog-item.ts';
import type { GenreThemeBridge } from '../../catalog/genre-theme-bridge.ts';
import type { ItemModel } from '../../wonder/model/item-model.ts';
import { productRankOptions } from '../../wonder/product-rank-options.ts';
import { suggest, type SuggestOptions } from '../../wonder/suggest.ts';
import type { Split } from '../split.ts';
import { trainingHistory } from './dataset-catalogue.ts';

export interface ProductPathInput {
  split: Split;
  candidates: readonly CatalogItem[];
  itemModel: ItemModel;
  bridge?: GenreThemeBridge;
  k: number;
  /** Only these users get a list (the others an empty one). */
  users: readonly number[];
  /** Tuning only: overrides on top of the product options. */
  overrides?: Partial<SuggestOptions>;
}

/**
 * The product's own ranking call for every evaluated user: their training items as loans, the
 * whole catalogue as candidates, the options the vault and the extension use (productRankOptions),
 * with a collaborative model trained on the training split. The returned lists are item indices.
 */
export function productLists(input: ProductPathInput): Int32Array[] {
  const { split, candidates } = input;
  const indexOf = new Map(candidates.map((c, i) => [c.id, i]));
  const options = {
    ...productRankOptions({
      slots: input.k,
      itemModel: input.itemModel,
      ...(input.bridge ? { bridge: input.bridge } : {}),
    }),
    ...input.overrides,
  };
  const lists: Int32Array[] = Array.from({ length: split.userCount }, () => new Int32Array(0));
  for (const u of input.users) {
    const history = trainingHistory(split, u, candidates);
    const out = suggest(history, candidates, ['loans'], options);
    lists[u] = Int32Array.from(out, (s) => indexOf.get(s.itemId) as number);
  }
  return lists;
}
