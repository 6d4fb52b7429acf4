/**
 * The genre-theme bridge as the worker reads it from its package (bridge-asset.ts). The build
 * checked the file with shared's full schema; this checks its shape again with zod/mini (full zod
 * breaks the worker's bundle), so a damaged asset fails the load instead of the ranking. Its keys
 * are normalised as the history's and the candidates' genres are (`historical_fiction` ->
 * `historical fiction`, to-history.ts), so a loan's genre finds its themes as in the vault.
 */
import { array, number, object, record, string, regex, minLength, gt, lte } from 'zod/mini';

import type { GenreThemeBridge } from '@verwonder/shared/catalog/genre-theme-bridge.ts';

import { normaliseTerm } from './item-terms.ts';

const BridgeSchema = record(
  string().check(regex(/^[a-z0-9_]+$/)),
  array(
    object({ themeId: string().check(minLength(1)), weight: number().check(gt(0), lte(1)) }),
  ).check(minLength(1)),
);

/** The bridge from the asset's parsed JSON; throws when it does not have the bridge's shape. */
export function readBridge(json: unknown): GenreThemeBridge {
  const byKey = new Map<string, GenreThemeBridge[string]>();
  for (const [genre, links] of Object.entries(BridgeSchema.parse(json))) {
    const key = normaliseTerm(genre);
    // Two keys that normalise alike keep every link of both (the committed file has none such).
    byKey.set(key, [...(byKey.get(key) ?? []), ...links]);
  }
  // Own properties only, whatever the keys (`__proto__` passes the key pattern).
  return Object.fromEntries(byKey);
}
