/**
 * The genre-theme bridge in the background worker, loaded when a ranking first needs it: the JSON
 * the build wrote (bridge-asset.ts, ~20 kB) fetched and checked by readBridge, then kept in memory
 * (lazy-load.ts). A failed load leaves ranking without the bridge (a reader's genres then reach no
 * UiT themes), is warned about once and tried again on a later request.
 */
import type { GenreThemeBridge } from '@verwonder/shared/catalog/genre-theme-bridge.ts';

import { lazyLoad, type LazySource } from './lazy-load.ts';
import { readBridge } from './read-bridge.ts';

export interface LazyBridgeDeps {
  /** The packaged file's URL (`runtime.getURL(BRIDGE_ASSET)`). */
  url: string;
  fetch: (url: string) => Promise<Response>;
  /** Where a failed load is reported (console.warn when absent). */
  warn?: (message: string, cause: unknown) => void;
}

/** The bridge, or undefined while it cannot be loaded; never rejects. */
export type BridgeSource = LazySource<GenreThemeBridge>;

async function fetchBridge(deps: LazyBridgeDeps): Promise<GenreThemeBridge> {
  const response = await deps.fetch(deps.url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return readBridge(await response.json());
}

export function lazyBridge(deps: LazyBridgeDeps): BridgeSource {
  return lazyLoad(
    () => fetchBridge(deps),
    (cause) =>
      (deps.warn ?? console.warn)('Verwonder: no genre-theme bridge, ranking without', cause),
  );
}
