/**
 * The collaborative item model in the background worker, loaded when a ranking first needs it:
 * the packed file the build wrote (item-model-asset.ts) fetched and read by readPackedItemModel
 * (tens of milliseconds, where gunzipping and parsing the JSON took ~1 s), then kept in memory
 * (lazy-load.ts). A failed load leaves ranking without the model (content alone), is warned about
 * once and tried again on a later request.
 */
import type { ItemModel } from '@verwonder/shared/wonder/model/item-model.ts';

import { lazyLoad, type LazySource } from './lazy-load.ts';
import { readPackedItemModel } from './read-packed-item-model.ts';

export interface LazyItemModelDeps {
  /** The packaged file's URL (`runtime.getURL(ITEM_MODEL_ASSET)`). */
  url: string;
  fetch: (url: string) => Promise<Response>;
  /** Where a failed load is reported (console.warn when absent). */
  warn?: (message: string, cause: unknown) => void;
}

/** The model, or undefined while it cannot be loaded; never rejects. */
export type ItemModelSource = LazySource<ItemModel>;

/** The load's cost, a performance measure: DevTools' timeline and the browser test read it. */
export const ITEM_MODEL_MEASURE = 'verwonder:item-model';

async function fetchItemModel(deps: LazyItemModelDeps): Promise<ItemModel> {
  const start = performance.now();
  const response = await deps.fetch(deps.url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const model = readPackedItemModel(new Uint8Array(await response.arrayBuffer()));
  performance.measure(ITEM_MODEL_MEASURE, { start });
  return model;
}

export function lazyItemModel(deps: LazyItemModelDeps): ItemModelSource {
  return lazyLoad(
    () => fetchItemModel(deps),
    (cause) => (deps.warn ?? console.warn)('Verwonder: no item model, ranking without', cause),
  );
}
