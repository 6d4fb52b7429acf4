import type { CulturalRecord, DataCategoryId } from '@verwonder/shared';
import { z } from 'zod';
import { MESSAGES } from '../http/pages/messages.ts';
import type { RecordQuery, StoredRecord } from '../storage/stores/records-store.ts';
import type { VaultContext } from '../vault-context.ts';
import { openRecord, type RecordWithEtag } from './open-record.ts';
import { decodeCursor, encodeCursor } from './record-cursor.ts';

/**
 * The owner's search on a container GET (the data page): text and the own-feedback filter. Only
 * the owner's routes take them; a client's token gets a 400 for them (its query schema is strict).
 */
export const RecordSearchQuery = z.object({
  q: z
    .string()
    .max(200)
    .transform((text) => text.trim())
    .optional(),
  // `own`: the person's own feedback only, without what the extension noted by itself.
  feedback: z.enum(['own', 'all']).optional(),
});

export interface RecordFilter {
  /** Folded (`fold`) text the record must contain, if any. */
  text?: string | undefined;
  ownFeedbackOnly: boolean;
}

/** Feedback the extension keeps by itself; the rest are the person's own answers. */
const AUTOMATIC_FEEDBACK: readonly string[] = ['impression', 'click'];
/** Records read from the database at a time while searching. */
const CHUNK = 100;
/** Records one request looks through at most: a search far back goes on from the next link. */
export const MAX_SEARCHED = 2000;

/** Lower case without accents, so `cafe` finds `Café` and `geimporteerd` finds `geïmporteerd`. */
export const fold = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function filterOf(query: z.infer<typeof RecordSearchQuery>): RecordFilter | undefined {
  const text = query.q ? fold(query.q) : undefined;
  const ownFeedbackOnly = query.feedback === 'own';
  return text || ownFeedbackOnly ? { text, ownFeedbackOnly } : undefined;
}

/**
 * What the search looks in: the title, the authors and the record's data, and for feedback the
 * words the page shows for its kind, in both languages (the vault does not know the page's).
 */
function searchText(record: CulturalRecord): string {
  const item = 'item' in record ? record.item : undefined;
  const words: (string | undefined)[] = [item?.title, ...(item?.authors ?? [])];
  if (record.category === 'feedback') {
    const kind = (record.data.answer ?? record.data.kind).replace('-', '_');
    for (const lang of ['nl', 'en'] as const) {
      const messages: Record<string, string> = MESSAGES[lang];
      words.push(messages[`feedbackKind_${kind}`]);
    }
  }
  return fold([...words, ...valuesOf(record.data)].join(' '));
}

/** The text and numbers a record's data holds, never its field names ("kind" is Dutch for child). */
function valuesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(valuesOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(valuesOf);
  return [];
}

export function recordMatches(record: CulturalRecord, filter: RecordFilter): boolean {
  if (
    filter.ownFeedbackOnly &&
    record.category === 'feedback' &&
    AUTOMATIC_FEEDBACK.includes(record.data.kind)
  )
    return false;
  return !filter.text || searchText(record).includes(filter.text);
}

/**
 * A page of the records that match, in the container's time order. Records are sealed, so the
 * vault opens them a chunk at a time and stops when the page is full or after `MAX_SEARCHED`
 * records; the cursor then names the last record looked at, and the next page goes on from there.
 */
export async function searchPage(
  ctx: VaultContext,
  pod: string,
  category: DataCategoryId,
  range: Pick<RecordQuery, 'from' | 'to'>,
  query: { cursor?: string | undefined; order?: string | undefined; limit: number },
  filter: RecordFilter,
): Promise<{ items: RecordWithEtag[]; next: string | undefined; searched: number }> {
  const items: RecordWithEtag[] = [];
  let after = query.cursor ? decodeCursor(query.cursor) : undefined;
  let searched = 0;
  let last: StoredRecord | undefined;
  let exhausted = false;
  while (items.length < query.limit && searched < MAX_SEARCHED && !exhausted) {
    const rows = await ctx.storage.records.list(pod, category, {
      ...range,
      after,
      newestFirst: query.order === 'newest',
      limit: CHUNK,
    });
    const opened = await Promise.all(rows.map((row) => openRecord(ctx, ctx.storage, row)));
    let used = 0;
    for (const [i, item] of opened.entries()) {
      used++;
      last = rows[i];
      if (recordMatches(item.record, filter)) items.push(item);
      if (items.length === query.limit) break;
    }
    searched += used;
    exhausted = rows.length < CHUNK && used === rows.length;
    after = last;
  }
  return { items, next: !exhausted && last ? encodeCursor(last) : undefined, searched };
}
