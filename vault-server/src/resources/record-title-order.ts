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
import { fold, recordMatches, type RecordFilter } from './record-search.ts';

/** Records read from the database at a time while sorting. */
const CHUNK = 200;

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

interface Place {
  key: string;
  id: string;
}
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

/**
 * A page in title order (lower case, without accents, then id). The titles are sealed, so each page
 * reads the whole category a chunk at a time and keeps only the first `limit + 1` after the cursor:
 * time grows with the category, memory stays with the page.
 */
export async function pageByTitle(
  ctx: VaultContext,
  pod: string,
  category: DataCategoryId,
  range: Pick<RecordQuery, 'from' | 'to'>,
  query: { cursor?: string | undefined; limit: number; filter?: RecordFilter | undefined },
): Promise<{ items: RecordWithEtag[]; next: string | undefined; searched: number }> {
  const after = query.cursor ? decode(query.cursor) : undefined;
  const kept: (Place & { item: RecordWithEtag })[] = [];
  let scanAfter: { time: string; id: string } | undefined;
  let searched = 0;
  for (;;) {
    const rows = await ctx.storage.records.list(pod, category, {
      ...range,
      after: scanAfter,
      limit: CHUNK,
    });
    for (const item of await Promise.all(rows.map((row) => openRecord(ctx, ctx.storage, row)))) {
      if (query.filter && !recordMatches(item.record, query.filter)) continue;
      const place = { key: keyOf(item.record), id: item.record.id, item };
      if (after && compare(place, after) <= 0) continue;
      if (kept.length > query.limit && compare(place, kept.at(-1)!) >= 0) continue;
      const at = kept.findIndex((other) => compare(place, other) < 0);
      if (at === -1) kept.push(place);
      else kept.splice(at, 0, place);
      if (kept.length > query.limit + 1) kept.pop();
    }
    searched += rows.length;
    if (rows.length < CHUNK) break;
    scanAfter = rows.at(-1);
  }
  const page = kept.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((place) => place.item),
    next: kept.length > query.limit && last ? encode(last) : undefined,
    searched,
  };
}
