/**
 * Ranking input from the vault: the person's stated interests and, where granted, loans and
 * tickets, read with the extension's token and turned into TasteRecords. Kept in the encrypted
 * cache; the content script gets only the records of the categories allowed on its site.
 */
import { array, enum as enumOf, object, optional, string, type infer as Infer } from 'zod/mini';

import { recordContainerOf } from '@verwonder/shared/wire/record-container.ts';

import type { CategoryId } from '../control/categories.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import type { EncryptedCache } from './encrypted-cache.ts';
import type { VaultConnection } from './vault-connection.ts';

export const VAULT_TASTE_CACHE = 'vault-taste';
/** The categories read for ranking, and the scope each needs. */
const READ: readonly CategoryId[] = ['interests', 'loans', 'tickets'];
const PER_CATEGORY = 200;

const Terms = optional(array(string()));
const VaultRecordSchema = object({
  id: string(),
  category: string(),
  item: optional(object({ title: string(), genres: Terms, termIds: Terms, authors: Terms })),
  data: optional(object({ themeIds: Terms, genres: Terms })),
});
const ContainerSchema = recordContainerOf(VaultRecordSchema);

export const TasteRecordSchema = object({
  id: string(),
  category: enumOf(READ as [CategoryId, ...CategoryId[]]),
  label: string(),
  terms: array(string()),
});
export const TasteRecordsSchema = array(TasteRecordSchema);

function toTaste(category: CategoryId, record: Infer<typeof VaultRecordSchema>): TasteRecord[] {
  if (category === 'interests') {
    const terms = [...(record.data?.genres ?? []), ...(record.data?.themeIds ?? [])];
    return terms.slice(0, 50).map((term, index) => ({
      id: `vault-${record.id}-${index}`,
      category,
      label: term.slice(0, 500),
      terms: [term.slice(0, 500)],
    }));
  }
  if (!record.item) return [];
  const item = record.item;
  const terms = [...(item.genres ?? []), ...(item.termIds ?? []), ...(item.authors ?? [])]
    .slice(0, 50)
    .map((term) => term.slice(0, 500));
  return terms.length > 0
    ? [{ id: `vault-${record.id}`, category, label: item.title.slice(0, 500), terms }]
    : [];
}

/** Reads the granted categories from the pod and caches them; returns how many records it kept. */
export async function refreshVaultTaste(
  connection: VaultConnection,
  cache: EncryptedCache,
): Promise<number> {
  const session = await connection.session();
  if (!session) return 0;
  const taste: TasteRecord[] = [];
  for (const category of READ) {
    if (!session.scopes.includes(`${category}:read`)) continue;
    const response = await connection.request('GET', `${category}/?limit=${PER_CATEGORY}`);
    if (!response.ok) {
      await response.body?.cancel();
      continue;
    }
    const parsed = ContainerSchema.safeParse(await response.json());
    if (parsed.success) taste.push(...parsed.data.contains.flatMap((r) => toTaste(category, r)));
  }
  await cache.put(VAULT_TASTE_CACHE, taste);
  return taste.length;
}

/** The cached vault records of the allowed categories (none when the cache is gone). */
export async function cachedVaultTaste(
  cache: EncryptedCache,
  allowed: readonly CategoryId[],
): Promise<TasteRecord[]> {
  const parsed = TasteRecordsSchema.safeParse(await cache.get(VAULT_TASTE_CACHE));
  return parsed.success ? parsed.data.filter((record) => allowed.includes(record.category)) : [];
}
