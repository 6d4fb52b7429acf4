/**
 * Where the built extension carries the committed collaborative model (copied unchanged, gzipped,
 * by scripts/build.ts after Plasmo builds) and where the worker reads it. It is not a
 * web_accessible_resource: pages cannot fetch it, only the extension's own worker.
 */
export const ITEM_MODEL_ASSET = 'model/item-neighbours.json.gz';
