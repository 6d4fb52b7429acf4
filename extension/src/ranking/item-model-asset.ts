/**
 * Where the built extension carries the collaborative model, packed by scripts/build.ts from the
 * committed JSON (scripts/pack-item-model.ts), and where the worker reads it. Not gzipped: the
 * package is zipped anyway, and in Chromium's worker fetching the 1.4 MB raw was faster than
 * fetching 0.95 MB and gunzipping it. It is not a web_accessible_resource: pages cannot fetch it,
 * only the extension's own worker.
 */
export const ITEM_MODEL_ASSET = 'model/item-neighbours.vwim';
