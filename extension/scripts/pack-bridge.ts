/**
 * The build's step from the committed genre-theme bridge (shared/catalog-data, the single source)
 * to the JSON the worker reads (src/ranking/bridge-asset.ts). The file is checked here with shared's
 * schema, in Node: this is the trust boundary, so the worker only checks the asset's shape again.
 */
import { GenreThemeBridge } from '@verwonder/shared/catalog/genre-theme-bridge.ts';

/** The committed file's bytes, checked, as compact JSON; the same input gives the same bytes. */
export function packBridge(json: Uint8Array): string {
  const text = new TextDecoder().decode(json);
  const bridge = GenreThemeBridge.parse(JSON.parse(text));
  return JSON.stringify(bridge);
}
