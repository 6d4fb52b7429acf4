import { Router, type Request, type Response } from 'express';
import { DataCategoryId, VerwonderError, type DataCategoryId as Category } from '@verwonder/shared';
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
import {
  createRecord,
  deleteRecord,
  getRecord,
  listRecords,
  replaceRecord,
} from './record-service.ts';

const Params = z.object({ pod: PodName, category: DataCategoryId });
const RecordParams = Params.extend({ id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) });
const ListQuery = z
  .object({
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    cursor: z.string().max(400).optional(),
  })
  .strict();
const IdempotencyKey = z.string().min(1).max(200).optional();

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
/** If-Match carries one quoted ETag (weak ones are never ours); `*` means "whatever is there". */
function ifMatch(req: Request): string | undefined {
  const header = req.get('if-match');
  if (header === undefined) return undefined;
  return header
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');
}

/** Solid-like containers of records, one per data category of a pod. */
export function recordRoutes(ctx: VaultContext): Router {
  const router = Router();
  const base = ctx.config.publicUrl;
  const owner = (req: Request, res: Response, pod: string) => requirePodOwner(ctx, req, res, pod);

  router.use(importRoutes(ctx));

  router.get('/pods/:pod/:category/', async (req, res) => {
    const { pod, category } = parseInput(Params, req.params, 'path');
    owner(req, res, pod);
    const type = negotiate(req);
    const query = parseInput(ListQuery, req.query, 'query');
    const { items, next } = await listRecords(ctx, pod, category, query, { actor: OWNER });
    const nextUrl = next
      ? `${containerUrl(base, pod, category)}?${new URLSearchParams({ ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}), limit: String(query.limit), cursor: next })}`
      : undefined;
    res.set(
      'Link',
      [
        `<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"`,
        ...(nextUrl ? [`<${nextUrl}>; rel="next"`] : []),
      ].join(', '),
    );
    res.type(type).send(
      JSON.stringify(
        containerDocument(
          base,
          pod,
          category,
          items.map((item) => item.record),
          nextUrl,
        ),
      ),
    );
  });

  router.post('/pods/:pod/:category/', async (req, res) => {
    const { pod, category } = parseInput(Params, req.params, 'path');
    owner(req, res, pod);
    requireJsonBody(req);
    const type = negotiate(req);
    const key = parseInput(IdempotencyKey, req.get('idempotency-key'), 'Idempotency-Key header');
    const { record, etag, created } = await createRecord(
      ctx,
      pod,
      category,
      req.body,
      { actor: OWNER },
      key,
    );
    res
      .status(created ? 201 : 200)
      .set({
        Location: recordUrl(base, pod, category, record.id),
        ETag: quote(etag),
        ...(created ? {} : { 'Idempotency-Replayed': 'true' }),
      })
      .type(type)
      .send(recordDocumentJson(base, pod, record));
  });

  router.delete('/pods/:pod/:category/', async (req, res) => {
    const { pod, category } = parseInput(Params, req.params, 'path');
    owner(req, res, pod);
    const removed = await eraseCategory(ctx, pod, category as Category, OWNER);
    res.json({ erased: category, records: removed });
  });

  router.get('/pods/:pod/:category/:id', async (req, res) => {
    const { pod, category, id } = parseInput(RecordParams, req.params, 'path');
    owner(req, res, pod);
    const type = negotiate(req);
    const { record, etag } = await getRecord(ctx, pod, category, id, { actor: OWNER });
    res
      .set('ETag', quote(etag))
      .type(type)
      .send(recordDocumentJson(base, pod, record));
  });

  router.put('/pods/:pod/:category/:id', async (req, res) => {
    const { pod, category, id } = parseInput(RecordParams, req.params, 'path');
    owner(req, res, pod);
    requireJsonBody(req);
    const type = negotiate(req);
    let expected = ifMatch(req);
    if (expected === '*') expected = (await ctx.storage.records.get(pod, category, id))?.etag;
    const { record, etag } = await replaceRecord(ctx, pod, category, id, req.body, expected, {
      actor: OWNER,
    });
    res
      .set('ETag', quote(etag))
      .type(type)
      .send(recordDocumentJson(base, pod, record));
  });

  router.delete('/pods/:pod/:category/:id', async (req, res) => {
    const { pod, category, id } = parseInput(RecordParams, req.params, 'path');
    owner(req, res, pod);
    const expected = ifMatch(req);
    await deleteRecord(
      ctx,
      pod,
      category,
      id,
      { actor: OWNER },
      expected === '*' ? undefined : expected,
    );
    res.status(204).end();
  });

  return router;
}
