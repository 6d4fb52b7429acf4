import type { GenreThemeBridge } from '../catalog/genre-theme-bridge.ts';
import type { ItemModel } from './model/item-model.ts';
import { DIAL_PRESETS } from './rerank/dial.ts';
import type { SuggestOptions } from './suggest.ts';

export interface ProductRankInput {
  /** How many suggestions the page shows: the re-ranker chooses these from all candidates. */
  slots: number;
  /** The collaborative model (the vault loads the committed one; the evaluation trains its own). */
  itemModel?: ItemModel;
  bridge?: GenreThemeBridge;
  /** The person's dial; the product default when absent. */
  dial?: number;
}

/**
 * The ranking call as the product makes it: the vault's rank endpoint, the extension and the
 * offline evaluation all build their `suggest` options here, so the evaluated algorithm is the
 * shipped one. No exposure is passed: the product has no source for it.
 */
export function productRankOptions(input: ProductRankInput): SuggestOptions {
  return {
    k: input.slots,
    dial: input.dial ?? DIAL_PRESETS.default,
    ...(input.itemModel ? { itemModel: input.itemModel } : {}),
    ...(input.bridge ? { bridge: input.bridge } : {}),
  };
}
