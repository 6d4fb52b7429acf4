import { createHash } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import {
  DataCategoryId,
  RecordTime,
  VerwonderError,
  type DataCategoryId as Category,
} from '@verwonder/shared';
import { z } from 'zod';
import { OWNER } from '../audit/audit-log.ts';
import { requirePodOwner } from '../auth/auth-middleware.ts';
import { eraseCategory } from '../gdpr/erasure.ts';
import { parseInput, PodName } from '../http/validate.ts';
import type { VaultContext } from '../vault-context.ts';
import { importRoutes } from './import-routes.ts';
import {
  containerDocument,
  containerUrl,
  JSON_TYPES,
  recordDocumentJson,
  recordUrl,
} from './json-ld-views.ts';
import { vaultRecordAccess, type RecordAccess } from './record-access.ts';
import type { Access } from './record-service.ts';
import { filterOf, RecordSearchQuery } from './record-search.ts';

const Params = z.object({ pod: PodName, category: DataCategoryId });
const RecordParams = Params.extend({ id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) });
const ListQuery = z
  .object({
    // Compared with stored times as UTC text: only years 0000 to 9999 sort in date order.
    from: RecordTime.optional(),
    to: RecordTime.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    cursor: z.string().max(400).optional(),
    // Oldest first by default (a client syncing forward); newest first for the owner's pages.
    order: z.enum(['oldest', 'newest']).optional(),
  })
  .strict();
/**
 * The owner's listing (the data page) takes a search too, and sorts by title: the vault opens and
 * filters the sealed records itself, so these stay off a client's token (its query is `ListQuery`).
 */
const OwnerListQuery = ListQuery.extend({
  ...RecordSearchQuery.shape,
  order: z.enum(['oldest', 'newest', 'title']).optional(),
}).strict();
const IdempotencyKey = z.string().min(1).max(200).optional();

/** Who is asking, as the caller's check decided: the actor and purpose to audit, and how it writes. */
export interface RecordCaller {
  access: Access;
  /** What a body becomes before it is validated (a client writes in its own name). */
  stamp?: ((body: unknown) => unknown) | undefined;
  /**
   * Whether it may read the container: one that may only write gets back what it sent, plus id and
   * ETag, never a field the vault kept from the record it replaced (an owner's idempotency key).
   */
  reads: boolean;
}

/**
 * Who may do what is decided by the caller: it returns the caller for `mode` on that container, or
 * throws the refusal (the owner's session check, a token's scopes).
 */
export type AuthorizeRecords = (
  req: Request,
  res: Response,
  pod: string,
  category: Category,
  mode: 'read' | 'write',
) => RecordCaller | Promise<RecordCaller>;

export interface RecordContainerOptions {
  /** The public URL of the vault (ids, Location, paging links). */
  base: () => string;
  records: RecordAccess;
  authorize: AuthorizeRecords;
  /** The owner's session only: the listing takes `q`, `feedback` and `order=title`. */
  ownerSearch?: boolean;
}

/** Replies in JSON-LD unless the client asked for plain JSON; the body is the same document. */
function negotiate(req: Request): string {
  const type = req.accepts(JSON_TYPES);
  if (!type)
    throw new VerwonderError(
      'not_acceptable',
      'this resource is available as application/ld+json or application/json',
    );
  return type;
}

function requireJsonBody(req: Request): void {
  if (!req.is(JSON_TYPES))
    throw new VerwonderError(
      'unsupported_media_type',
      'send application/ld+json or application/json',
    );
}

const quote = (etag: string): string => `"${etag}"`;
/** RFC 9110 §13.1.2: weak comparison against each listed tag, or `*`. */
const matchesIfNoneMatch = (header: string | undefined, etag: string): boolean =>
  header !== undefined &&
  header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag.replace(/^W\//, ''));
/** If-Match carries one quoted ETag (weak ones are never ours) or `*`, which the record service reads as "whatever is there". */
function ifMatch(req: Request): string | undefined {
  return req
    .get('if-match')
    ?.trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');
}

/**
 * The Solid-like containers of records, one per data category of a pod: list, create, read,
 * replace, delete. The same routes serve the owner (session) and clients (tokens); only
 * `authorize` differs.
 */
export function recordContainerRoutes({
  base,
  records,
  authorize,
  ownerSearch = false,
}: RecordContainerOptions): Router {
  const router = Router();
  const stamped = (caller: RecordCaller, body: unknown): unknown =>
    caller.stamp ? caller.stamp(body) : body;

  router.get('/pods/:pod/:category/', async (req, res) => {
    const { pod, category } = parseInput(Params, req.params, 'path');
    const caller = await authorize(req, res, pod, category, 'read');
    const type = negotiate(req);
    const owner = ownerSearch ? parseInput(OwnerListQuery, req.query, 'query') : undefined;
    const query = owner ?? parseInput(ListQuery, req.query, 'query');
    const filter = owner && filterOf(owner);
    const { items, next, searched } = await records.list(
      pod,
      category,
      { ...query, filter },
      caller.access,
    );
    // The next page asks the same: every parameter as given, the cursor moved on.
    const nextUrl = next
      ? `${containerUrl(base(), pod, category)}?${new URLSearchParams([
          ...Object.entries(query).flatMap(([name, value]) =>
            name === 'cursor' || value === undefined || value === '' ? [] : [[name, String(value)]],
          ),
          ['cursor', next],
        ])}`
      : undefined;
    res.set(
      'Link',
      [
        `<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"`,
        ...(nextUrl ? [`<${nextUrl}>; rel="next"`] : []),
      ].join(', '),
    );
    const page = items.map((item) => item.record);
    const personalised = await records.personalised(pod, category);
    const body = JSON.stringify(
      containerDocument(base(), pod, category, page, nextUrl, personalised, searched),
    );
    // A weak validator over the page, so a client that re-reads often (the extension) gets a 304
    // instead of the records again when nothing changed.
    const digest = createHash('sha256').update(body).digest('base64url').slice(0, 32);
    const etag = `W/"${digest}"`;
    res.set({ ETag: etag, 'Cache-Control': 'private, no-cache', Vary: 'Accept' });
    // Compared by hand: fetch() adds `Cache-Control: no-cache` to any conditional request, which
    // makes Express's req.fresh refuse to validate at all.
    if (matchesIfNoneMatch(req.get('if-none-match'), etag)) {
      res.status(304).end();
      return;
    }
    res.type(type).send(body);
  });

  router.post('/pods/:pod/:category/', async (req, res) => {
    const { pod, category } = parseInput(Params, req.params, 'path');
    const caller = await authorize(req, res, pod, category, 'write');
    requireJsonBody(req);
    const type = negotiate(req);
    const key = parseInput(IdempotencyKey, req.get('idempotency-key'), 'Idempotency-Key header');
    const { record, etag, created } = await records.create(
      pod,
      category,
      stamped(caller, req.body),
      caller.access,
      key,
    );
    res
      .status(created ? 201 : 200)
      .set({
        Location: recordUrl(base(), pod, category, record.id),
        ETag: quote(etag),
        ...(created ? {} : { 'Idempotency-Replayed': 'true' }),
      })
      .type(type)
      .send(recordDocumentJson(base(), pod, record));
  });

  router.get('/pods/:pod/:category/:id', async (req, res) => {
    const { pod, category, id } = parseInput(RecordParams, req.params, 'path');
    const caller = await authorize(req, res, pod, category, 'read');
    const type = negotiate(req);
    const { record, etag } = await records.get(pod, category, id, caller.access);
    res
      .set('ETag', quote(etag))
      .type(type)
      .send(recordDocumentJson(base(), pod, record));
  });

  router.put('/pods/:pod/:category/:id', async (req, res) => {
    const { pod, category, id } = parseInput(RecordParams, req.params, 'path');
    const caller = await authorize(req, res, pod, category, 'write');
    requireJsonBody(req);
    const type = negotiate(req);
    const { record, sent, etag } = await records.replace(
      pod,
      category,
      id,
      stamped(caller, req.body),
      ifMatch(req),
      caller.access,
    );
    res
      .set('ETag', quote(etag))
      .type(type)
      .send(recordDocumentJson(base(), pod, caller.reads ? record : sent));
  });

  router.delete('/pods/:pod/:category/:id', async (req, res) => {
    const { pod, category, id } = parseInput(RecordParams, req.params, 'path');
    const caller = await authorize(req, res, pod, category, 'write');
    await records.delete(pod, category, id, caller.access, ifMatch(req));
    res.status(204).end();
  });

  return router;
}

/** The owner's routes of a pod's containers: the record routes plus imports and erasing a category. */
export function recordRoutes(ctx: VaultContext): Router {
  const router = Router();
  router.use(importRoutes(ctx));

  router.delete('/pods/:pod/:category/', async (req, res) => {
    const { pod, category } = parseInput(Params, req.params, 'path');
    requirePodOwner(ctx, req, res, pod);
    const removed = await eraseCategory(ctx, pod, category, OWNER);
    res.json({ erased: category, records: removed });
  });

  router.use(
    recordContainerRoutes({
      base: () => ctx.config.publicUrl,
      records: vaultRecordAccess(ctx),
      ownerSearch: true,
      authorize: (req, res, pod) => {
        requirePodOwner(ctx, req, res, pod);
        return { access: { actor: OWNER }, reads: true };
      },
    }),
  );
  return router;
}
