/**
 * Ranking input from the vault: every category the person granted and ranking can use (stated
 * interests, loans, tickets, A-kaart visits, museum app use, browsing, feedback), read with the
 * extension's token and turned into TasteRecords that keep the item's id (so what was borrowed or
 * attended is marked as known, never as new) and its authors. Kept in the encrypted cache; the
 * content script
 * gets only the records of the categories allowed on its site.
 */
import { object, optional, record, string, type infer as Infer } from 'zod/mini';

import { recordContainerOf } from '@verwonder/shared/wire/record-container.ts';

import type { CategoryId } from '../control/categories.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import type { EncryptedCache } from './encrypted-cache.ts';
import {
  TASTE_CATEGORIES,
  TasteRecordsSchema,
  toTaste,
  VaultRecordSchema,
  type VaultRecord,
} from './to-taste.ts';
import type { VaultConnection } from './vault-connection.ts';

export const VAULT_TASTE_CACHE = 'vault-taste';
export { VAULT_TASTE_VERSION_KEY } from './vault-taste-version.ts';
/**
 * Per category: the container's ETag (when the vault sends one) and what it held. Named after what
 * toTaste makes of a record: when that changes (v2: own words; v3: marked as the vault's own),
 * every container is read again instead of keeping, behind an unchanged ETag, what the older
 * reading made of it.
 */
const VAULT_TASTE_STATE = 'vault-taste-state-v3';
const PAGE = 200;
/** Containers list oldest first: up to this many pages are followed, the newest records kept. */
const MAX_PAGES = 5;
const KEEP_PER_CATEGORY = 400;

const ContainerSchema = recordContainerOf(VaultRecordSchema);

const StateSchema = record(
  string(),
  object({ etag: optional(string()), records: TasteRecordsSchema }),
);
type State = Infer<typeof StateSchema>;

/**
 * Reads the granted categories from the pod and caches them; returns how many records it kept and
 * whether anything changed since the last read. A container that answers 304 to the ETag of the
 * last read is not read again.
 */
export async function refreshVaultTaste(
  connection: VaultConnection,
  cache: EncryptedCache,
): Promise<number> {
  return (await refreshVaultTasteChanges(connection, cache)).count;
}

export async function refreshVaultTasteChanges(
  connection: VaultConnection,
  cache: EncryptedCache,
  /** Only these are read; what is cached of the others is dropped (control/categories-in-use.ts). */
  inUse: readonly CategoryId[] = TASTE_CATEGORIES,
): Promise<{ count: number; changed: boolean }> {
  try {
    return await readVaultTaste(connection, cache, inUse);
  } catch (cause) {
    // The vault ended the grant during the read: nothing it gave stays (whoever else is told).
    if (!(await connection.session())) await clearVaultTaste(cache);
    throw cause;
  }
}

async function readVaultTaste(
  connection: VaultConnection,
  cache: EncryptedCache,
  inUse: readonly CategoryId[],
): Promise<{ count: number; changed: boolean }> {
  const session = await connection.session();
  if (!session) return { count: 0, changed: false };
  const parsedState = StateSchema.safeParse(await cache.get(VAULT_TASTE_STATE));
  const before: State = parsedState.success ? parsedState.data : {};
  const after: State = {};
  let changed = false;
  for (const category of TASTE_CATEGORIES) {
    if (!session.scopes.includes(`${category}:read`) || !inUse.includes(category)) {
      if (before[category]) changed = true;
      continue;
    }
    const known = before[category];
    const read = await readContainer(connection, category, known?.etag);
    if (read === 'unchanged' || read === 'failed') {
      if (known) after[category] = known;
      continue;
    }
    const { etag } = read;
    const records = read.records.flatMap((r) => toTaste(category, r)).slice(-KEEP_PER_CATEGORY);
    if (JSON.stringify(records) !== JSON.stringify(known?.records ?? [])) changed = true;
    after[category] = { ...(etag ? { etag } : {}), records };
  }
  if (Object.keys(before).some((category) => !(category in after))) changed = true;
  const taste = Object.values(after).flatMap((entry) => entry.records);
  await cache.put(VAULT_TASTE_STATE, after);
  await cache.put(VAULT_TASTE_CACHE, taste);
  return { count: taste.length, changed };
}

/** One container, page after page; 304 to the ETag of the last read is 'unchanged'. */
async function readContainer(
  connection: VaultConnection,
  category: CategoryId,
  etag: string | undefined,
): Promise<{ etag: string | undefined; records: VaultRecord[] } | 'unchanged' | 'failed'> {
  const records: VaultRecord[] = [];
  let path: string | undefined = `${category}/?limit=${PAGE}`;
  let first: string | undefined;
  for (let page = 0; path && page < MAX_PAGES; page++) {
    const response = await connection.request(
      'GET',
      path,
      undefined,
      page === 0 && etag ? { 'if-none-match': etag } : {},
    );
    if (page === 0 && response.status === 304) return 'unchanged';
    if (!response.ok) {
      await response.body?.cancel();
      return page === 0 ? 'failed' : { etag: first, records };
    }
    if (page === 0) first = response.headers.get('etag') ?? undefined;
    const parsed = ContainerSchema.safeParse(await response.json());
    if (!parsed.success) return page === 0 ? 'failed' : { etag: first, records };
    // The person keeps this category out of personalisation in their vault: none of it counts.
    if (parsed.data.personalised === false) return { etag: first, records: [] };
    records.push(...parsed.data.contains);
    // The next page's address is absolute; only one inside this container is followed.
    const next = parsed.data.next;
    const at = next ? next.indexOf(`/${category}/?`) : -1;
    path = next && at >= 0 ? next.slice(at + 1) : undefined;
  }
  return { etag: first, records };
}

/** The cached vault records of the allowed categories (none when the cache is gone). */
export async function cachedVaultTaste(
  cache: EncryptedCache,
  allowed: readonly CategoryId[],
): Promise<TasteRecord[]> {
  const parsed = TasteRecordsSchema.safeParse(await cache.get(VAULT_TASTE_CACHE));
  return parsed.success ? parsed.data.filter((record) => allowed.includes(record.category)) : [];
}

/** Forgets what was read (after unpairing). */
export async function clearVaultTaste(cache: EncryptedCache): Promise<void> {
  await cache.put(VAULT_TASTE_CACHE, []);
  await cache.put(VAULT_TASTE_STATE, {});
}
