/**
 * The vault's records as ranking, completions, questions and notifications get them: only while
 * paired (the status's one gate), so a cache that outlived its grant is never used.
 */
import type { CategoryId } from '../control/categories.ts';
import type { StorageArea } from '../control/storage-area.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import type { EncryptedCache } from './encrypted-cache.ts';
import { isPaired } from './pairing-status.ts';
import { cachedVaultTaste } from './vault-taste.ts';

export async function servedVaultTaste(
  deps: { local: StorageArea; cache: EncryptedCache },
  allowed: readonly CategoryId[],
): Promise<TasteRecord[]> {
  return (await isPaired(deps.local)) ? cachedVaultTaste(deps.cache, allowed) : [];
}
