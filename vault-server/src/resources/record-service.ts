import { randomBytes } from 'node:crypto';
import {
  CulturalRecord,
  NewCulturalRecord,
  VerwonderError,
  type AuditActor,
  type DataCategoryId,
  type Purpose,
} from '@verwonder/shared';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import { canonicalJson } from '../audit/canonical-json.ts';
import { isUniqueViolation } from '../storage/sql-driver.ts';
import type { RecordQuery, StoredRecord } from '../storage/stores/records-store.ts';
import type { VaultStores } from '../storage/vault-storage.ts';
import type { VaultContext } from '../vault-context.ts';
import { retentionDays } from '../gdpr/retention.ts';
import {
  cutOffFor,
  isPastRetention,
  refusePastRetention,
  retentionCutOff,
} from './retention-cut-off.ts';
import { openRecord, type RecordWithEtag } from './open-record.ts';
import { decodeCursor, encodeCursor } from './record-cursor.ts';
import { searchPage, type RecordFilter } from './record-search.ts';
import { pageByTitle } from './record-title-order.ts';

export type { RecordWithEtag } from './open-record.ts';

export interface Access {
  actor: AuditActor;
  purpose?: Purpose | undefined;
}

export const newId = (): string => randomBytes(16).toString('base64url');

/** Validates a record body for a container: the category comes from the URL when the body omits it. */
export function parseNewRecord(category: DataCategoryId, body: unknown): NewCulturalRecord {
  let candidate = body;
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    // A record read from the vault may be sent back as it is: drop the JSON-LD envelope and the id.
    const {
      '@context': _context,
      '@type': _type,
      '@id': _atId,
      id: _id,
      ...rest
    } = body as Record<string, unknown>;
    candidate = { category, ...rest };
  }
  const parsed = NewCulturalRecord.safeParse(candidate);
  if (!parsed.success) {
    throw new VerwonderError('invalid_input', 'the record is not valid', {
      details: { errors: z.treeifyError(parsed.error) },
    });
  }
  if (parsed.data.category !== category)
    throw new VerwonderError('invalid_input', `this container holds ${category} records`);
  return parsed.data;
}

/**
 * The idempotency key as the store looks it up: the owner's (and imports') as given, a client's
 * prefixed with its id. Each site has a namespace of its own, so a site that may only write cannot
 * learn, by reusing a key, whether the owner or another site wrote a record under it.
 */
export function idempotencyKeyOf(actor: AuditActor, key: string): string {
  return actor.type === 'client' ? `client|${actor.clientId}|${key}` : key;
}

/**
 * Seals and inserts without auditing: callers audit once per request or per import. Callers over
 * HTTP refuse a record past the pod's retention first (`refusePastRetention`, 422 `past_retention`);
 * the city stream does not yet (its consumer would retry a refusal as a storage error).
 */
export async function insertRecord(
  ctx: VaultContext,
  db: VaultStores,
  pod: string,
  input: NewCulturalRecord,
  idempotencyKey?: string,
  /** The key the store indexes, when it differs from the record's own (`idempotencyKeyOf`). */
  storedKey: string | undefined = idempotencyKey,
): Promise<RecordWithEtag> {
  const id = newId();
  const record = CulturalRecord.parse({
    ...input,
    id,
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });
  const now = new Date().toISOString();
  const sealed = await ctx.sealer.seal(db, pod, record.category, id, record);
  const etag = newId();
  await db.records.insert({
    pod,
    id,
    category: record.category,
    time: new Date(record.time).toISOString(),
    ...sealed,
    etag,
    idempotencyKey: storedKey ?? record.idempotencyKey ?? null,
    createdAt: now,
    updatedAt: now,
  });
  return { record, etag };
}

export async function createRecord(
  ctx: VaultContext,
  pod: string,
  category: DataCategoryId,
  body: unknown,
  access: Access,
  idempotencyKey?: string,
): Promise<RecordWithEtag & { created: boolean }> {
  const input = parseNewRecord(category, body);
  // Before the replay: a record past retention is refused whether or not its key was seen.
  refusePastRetention(category, input.time, await retentionCutOff(ctx.storage, pod, category));
  const key = idempotencyKey ?? input.idempotencyKey;
  const storedKey = key && idempotencyKeyOf(access.actor, key);
  const replay = async (): Promise<(RecordWithEtag & { created: boolean }) | undefined> => {
    if (!storedKey) return undefined;
    const existing = await ctx.storage.records.byIdempotencyKey(pod, category, storedKey);
    if (!existing) return undefined;
    const opened = await openRecord(ctx, ctx.storage, existing);
    // A retry must send the same record; a reused key with other content is a client bug, not a retry.
    const { id: _id, ...earlierRecord } = opened.record;
    if (canonicalJson(earlierRecord) !== canonicalJson({ ...input, idempotencyKey: key })) {
      throw new VerwonderError(
        'unprocessable',
        'this Idempotency-Key was used for a different record',
      );
    }
    return { ...opened, created: false };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await ctx.storage.transaction(async (tx) => {
      const result = await insertRecord(ctx, tx, pod, input, key, storedKey);
      await appendAudit(tx, pod, {
        ...access,
        action: 'record-created',
        category,
        recordIds: [result.record.id],
      });
      return { ...result, created: true };
    });
  } catch (error) {
    // A concurrent request with the same key won the race: answer with its record.
    const raced = isUniqueViolation(error) ? await replay() : undefined;
    if (raced) return raced;
    throw error;
  }
}

export async function getRecord(
  ctx: VaultContext,
  pod: string,
  category: DataCategoryId,
  id: string,
  access: Access,
): Promise<RecordWithEtag> {
  const found = await ctx.storage.records.getWithRetention(pod, category, id);
  // Past retention is gone for every reader, purged yet or not.
  if (
    !found ||
    isPastRetention(found.record.time, cutOffFor(retentionDays(category, found.chosenDays)))
  )
    throw new VerwonderError('not_found', 'no such record');
  const result = await openRecord(ctx, ctx.storage, found.record);
  await ctx.readAudit.append(pod, { ...access, action: 'record-read', category, recordIds: [id] });
  return result;
}

export interface ListQuery {
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
  /**
   * `newest` for a person's own pages; the cursor then goes on to older records. `title` (the
   * owner's data page only) sorts by title over the whole category.
   */
  order?: 'oldest' | 'newest' | 'title' | undefined;
  limit: number;
  /** The owner's search (never a client's): the vault opens and filters the records itself. */
  filter?: RecordFilter | undefined;
}

export async function listRecords(
  ctx: VaultContext,
  pod: string,
  category: DataCategoryId,
  query: ListQuery,
  access: Access,
): Promise<{ items: RecordWithEtag[]; next: string | undefined; searched?: number }> {
  const cutOff = await retentionCutOff(ctx.storage, pod, category);
  const from = query.from && new Date(query.from).toISOString();
  const range = {
    // Records past retention are left out before the purge has run.
    from: cutOff !== null && (!from || from < cutOff) ? cutOff : from,
    to: query.to && new Date(query.to).toISOString(),
  };
  const result =
    query.order === 'title'
      ? await pageByTitle(ctx, pod, category, range, query)
      : query.filter
        ? await searchPage(ctx, pod, category, range, query, query.filter)
        : await plainPage(ctx, pod, category, range, query);
  await ctx.readAudit.append(pod, {
    ...access,
    action: 'records-listed',
    category,
    recordIds: result.items.map((item) => item.record.id),
  });
  return result;
}

/** A page as the database orders it, opening only the records it returns. */
async function plainPage(
  ctx: VaultContext,
  pod: string,
  category: DataCategoryId,
  range: Pick<RecordQuery, 'from' | 'to'>,
  query: ListQuery,
): Promise<{ items: RecordWithEtag[]; next: string | undefined }> {
  const rows = await ctx.storage.records.list(pod, category, {
    ...range,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    newestFirst: query.order === 'newest',
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const items = await Promise.all(page.map((row) => openRecord(ctx, ctx.storage, row)));
  const last = page.at(-1);
  return { items, next: rows.length > query.limit && last ? encodeCursor(last) : undefined };
}

export async function replaceRecord(
  ctx: VaultContext,
  pod: string,
  category: DataCategoryId,
  id: string,
  body: unknown,
  ifMatch: string | undefined,
  access: Access,
): Promise<RecordWithEtag & { sent: CulturalRecord }> {
  if (!ifMatch)
    throw new VerwonderError('precondition_required', 'send If-Match with the ETag you last read');
  const input = parseNewRecord(category, body);
  return ctx.storage.transaction(async (tx) => {
    const cutOff = await retentionCutOff(tx, pod, category);
    const stored = await tx.records.get(pod, category, id);
    if (!stored || isPastRetention(stored.time, cutOff))
      throw new VerwonderError('not_found', 'no such record');
    refusePastRetention(category, input.time, cutOff);
    // `If-Match: *` asks only that the record exists (RFC 9110 §13.1.1).
    if (ifMatch !== '*' && stored.etag !== ifMatch)
      throw new VerwonderError('precondition_failed', 'the record changed since you read it');
    // The stored column holds only a keyed hash of the idempotency key; the key is in the old body.
    const { idempotencyKey } = (await openRecord(ctx, tx, stored)).record;
    // What the caller sent, as stored; the answer to one that may not read the record (record-routes).
    const sent = CulturalRecord.parse({ ...input, id });
    const record = CulturalRecord.parse({ ...sent, ...(idempotencyKey ? { idempotencyKey } : {}) });
    const sealed = await ctx.sealer.seal(tx, pod, category, id, record);
    const etag = newId();
    const next: StoredRecord = {
      ...stored,
      ...sealed,
      time: new Date(record.time).toISOString(),
      etag,
      updatedAt: new Date().toISOString(),
    };
    if (!(await tx.records.replace(next, stored.etag)))
      throw new VerwonderError('precondition_failed', 'the record changed since you read it');
    await appendAudit(tx, pod, { ...access, action: 'record-updated', category, recordIds: [id] });
    return { record, sent, etag };
  });
}

export async function deleteRecord(
  ctx: VaultContext,
  pod: string,
  category: DataCategoryId,
  id: string,
  access: Access,
  ifMatch?: string,
): Promise<void> {
  await ctx.storage.transaction(async (tx) => {
    const stored = await tx.records.get(pod, category, id);
    if (!stored) throw new VerwonderError('not_found', 'no such record');
    if (ifMatch && ifMatch !== '*' && ifMatch !== stored.etag)
      throw new VerwonderError('precondition_failed', 'the record changed since you read it');
    await tx.records.delete(pod, category, id);
    await appendAudit(tx, pod, { ...access, action: 'record-deleted', category, recordIds: [id] });
  });
}
