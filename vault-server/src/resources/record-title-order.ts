import {
  RecordId,
  VerwonderError,
  type CulturalRecord,
  type DataCategoryId,
} from '@verwonder/shared';
import { z } from 'zod';
import type { RecordQuery } from '../storage/stores/records-store.ts';
import type { VaultContext } from '../vault-context.ts';
import { openRecord, type RecordWithEtag } from './open-record.ts';
import { fold, MAX_SEARCHED, recordMatches, type RecordFilter } from './record-search.ts';
import { TitleOrderCache, type TitlePlace } from './title-order-cache.ts';

/** Records read from the database at a time while sorting or opening a page. */
const CHUNK = 200;

const caches = new WeakMap<object, TitleOrderCache>();

/** What a line of the data page is called: the item's title, or what names the record otherwise. */
export function titleOf(record: CulturalRecord): string {
  if ('item' in record && record.item) return record.item.title;
  const data: Record<string, unknown> = { ...record.data };
  for (const field of ['venueName', 'venueId', 'list', 'kind', 'artwork', 'event']) {
    const value = data[field];
    if (typeof value === 'string' && value) return value;
  }
  return record.category;
}

// The key is cut short so the cursor stays small; records alike that far go by id.
const keyOf = (record: CulturalRecord): string =>
  Array.from(fold(titleOf(record)))
    .slice(0, 40)
    .join('');

type Place = Pick<TitlePlace, 'key' | 'id'>;
const compare = (a: Place, b: Place): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const TitleCursor = z.tuple([z.literal('title'), z.string().max(200), RecordId]);
const encode = (place: Place): string =>
  Buffer.from(JSON.stringify(['title', place.key, place.id])).toString('base64url');
function decode(cursor: string): Place {
  try {
    const [, key, id] = TitleCursor.parse(
      JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')),
    );
    return { key, id };
  } catch {
    throw new VerwonderError('invalid_input', 'invalid cursor');
  }
}

/** Every record of the category in title order: the one read that opens them all. */
async function readOrder(
  ctx: VaultContext,
  pod: string,
  category: DataCategoryId,
): Promise<TitlePlace[]> {
  const places: TitlePlace[] = [];
  let after: { time: string; id: string } | undefined;
  for (;;) {
    const rows = await ctx.storage.records.list(pod, category, { after, limit: CHUNK });
    const opened = await Promise.all(rows.map((row) => openRecord(ctx, ctx.storage, row)));
    // The clear time (UTC), which the page's range compares with, not the record's own offset.
    for (const [i, item] of opened.entries())
      places.push({ key: keyOf(item.record), id: item.record.id, time: rows[i]!.time });
    if (rows.length < CHUNK) break;
    after = rows.at(-1);
  }
  return places.sort(compare);
}

/** The category's title order: kept while its version in the database stands, read otherwise. */
async function titleOrder(
  ctx: VaultContext,
  pod: string,
  category: DataCategoryId,
): Promise<readonly TitlePlace[]> {
  let cache = caches.get(ctx.storage);
  if (!cache) caches.set(ctx.storage, (cache = new TitleOrderCache()));
  // Read before the records: a write in between moves the version past the one kept with them.
  const version = await ctx.storage.records.changeVersion(pod, category);
  if (version === undefined) return [];
  const kept = cache.get(pod, category, version);
  if (kept) return kept;
  const places = await readOrder(ctx, pod, category);
  cache.set(pod, category, version, places);
  return places;
}

/**
 * A page in title order (lower case, without accents, then id). The titles are sealed, so the
 * order is read once by opening the whole category and kept under the category's version in the
 * database (`TitleOrderCache`); a page then opens only its own records, and with a search those it
 * looks through, at most `MAX_SEARCHED`, its cursor going on from the last.
 */
export async function pageByTitle(
  ctx: VaultContext,
  pod: string,
  category: DataCategoryId,
  range: Pick<RecordQuery, 'from' | 'to'>,
  query: { cursor?: string | undefined; limit: number; filter?: RecordFilter | undefined },
): Promise<{ items: RecordWithEtag[]; next: string | undefined; searched: number }> {
  const after = query.cursor ? decode(query.cursor) : undefined;
  const places = (await titleOrder(ctx, pod, category)).filter(
    (place) =>
      (!range.from || place.time >= range.from) &&
      (!range.to || place.time < range.to) &&
      (!after || compare(place, after) > 0),
  );
  const items: RecordWithEtag[] = [];
  let searched = 0;
  let at = 0;
  while (at < places.length && items.length < query.limit && searched < MAX_SEARCHED) {
    const wanted = query.filter
      ? Math.min(CHUNK, MAX_SEARCHED - searched)
      : query.limit - items.length;
    const chunk = places.slice(at, at + wanted);
    const rows = new Map(
      (
        await ctx.storage.records.getMany(
          pod,
          category,
          chunk.map((place) => place.id),
        )
      ).map((row) => [row.id, row]),
    );
    for (const place of chunk) {
      at++;
      // Deleted since the order was read (by a write the version check just missed).
      const row = rows.get(place.id);
      if (!row) continue;
      searched++;
      const item = await openRecord(ctx, ctx.storage, row);
      if (!query.filter || recordMatches(item.record, query.filter)) items.push(item);
      if (items.length === query.limit) break;
    }
  }
  const last = places[at - 1];
  return {
    items,
    next: at < places.length && last ? encode(last) : undefined,
    searched,
  };
}
