import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { VerwonderError } from '../../errors/verwonder-error.ts';
import { parseItemModel, type ItemModel } from './item-model.ts';

export const ITEM_MODEL_FILE = fileURLToPath(
  new URL('../../../model-data/item-neighbours.json.gz', import.meta.url),
);

let cached: ItemModel | undefined;

/** Node-only: the committed collaborative model, loaded once. */
export function loadItemModel(file = ITEM_MODEL_FILE): ItemModel {
  if (file === ITEM_MODEL_FILE && cached) return cached;
  try {
    const model = parseItemModel(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')));
    if (file === ITEM_MODEL_FILE) cached = model;
    return model;
  } catch (cause) {
    throw new VerwonderError('config_error', `cannot load the item model ${file}`, { cause });
  }
}
