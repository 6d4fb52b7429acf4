import express, { Router, type Request, type Response } from 'express';
import {
  DataCategoryId,
  VerwonderError,
  hasScope,
  type DataCategoryId as Category,
} from '@verwonder/shared';
import { z } from 'zod';
import { parseInput, PodName } from '../../http/validate.ts';
import type { Access } from '../../resources/record-service.ts';
import {
  containerDocument,
  containerUrl,
  recordDocument,
  recordUrl,
} from '../../resources/json-ld-views.ts';
import type { OAuthDeps } from '../oauth-deps.ts';
import { DNA_CATEGORIES } from '../server/scope-text.ts';
import { rankRoute } from './rank-route.ts';
import { dnaProfile } from './dna-profile.ts';
import {
  requireAccessToken,
  sendTokenProblem,
  tokenAccessOf,
  type TokenAccess,
} from './require-access-token.ts';

const JSON_TYPES = ['application/ld+json', 'application/json'];
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
/** Records read for a derived view (DNA, ranking), per category. */
const SAMPLE_LIMIT = 2000;

const quote = (etag: string): string => `"${etag}"`;
const ifMatch = (req: Request): string | undefined =>
  req
    .get('if-match')
    ?.trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');

function negotiate(req: Request): string {
  const type = req.accepts(JSON_TYPES);
  if (!type)
    throw new VerwonderError(
      'not_acceptable',
      'this resource is available as application/ld+json or application/json',
    );
  return type;
}

/**
 * The pod's resources as a client with a token reaches them. A read without the read scope answers
 * 404, exactly as a resource that does not exist (the site learns nothing); a write without the
 * write scope answers 403. Mounted before the owner's (session) routes; requests without an
 * Authorization header pass through to those.
 */
export function tokenResourceRoutes(deps: OAuthDeps): Router {
  const router = Router();
  const records = deps.records;

  router.use('/pods/:pod', (req, _res, next) =>
    req.get('authorization') === undefined ? next('router') : next(),
  );
  router.use('/pods/:pod', requireAccessToken(deps));
  router.use('/pods/:pod', express.json({ type: JSON_TYPES, limit: '256kb', strict: true }));

  /** A client writes in its own name: whatever source the body claims, the record says which client wrote it. */
  const asClient = (body: unknown, token: TokenAccess): unknown =>
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? {
          ...body,
          source: {
            type: 'client',
            clientId: token.clientId,
            name: token.grant.clientName.slice(0, 200),
          },
        }
      : body;

  const access = (token: TokenAccess): Access => ({
    actor: { type: 'client', clientId: token.clientId, grantId: token.grant.id },
    purpose: token.purpose,
  });

  /** The scope check; a refusal is audited too, as a token use that did not get through. */
  const guard = async (
    res: Response,
    category: Category,
    mode: 'read' | 'write',
  ): Promise<TokenAccess> => {
    const token = tokenAccessOf(res);
    if (!token) throw new VerwonderError('invalid_token', 'an access token is required');
    if (hasScope(token.scopes, category, mode)) return token;
    await deps.audit(token.pod, {
      ...access(token),
      action: mode === 'read' ? 'records-listed' : 'record-created',
      category,
      detail: `refused: no ${category}:${mode} scope`,
    });
    if (mode === 'read') throw new VerwonderError('not_found', 'no such resource');
    throw new VerwonderError('insufficient_scope', `this grant does not allow ${category}:write`);
  };

  router.get('/pods/:pod/dna', async (req, res) => {
    const token = tokenAccessOf(res);
    if (!token?.scopes.includes('dna:read'))
      throw new VerwonderError('not_found', 'no such resource');
    const profile = dnaProfile(await records.sample(token.pod, DNA_CATEGORIES, SAMPLE_LIMIT));
    await deps.audit(token.pod, {
      ...access(token),
      action: 'dna-read',
      detail: `derived from ${profile.basedOn.join(', ') || 'nothing'}`,
    });
    res.json({ webId: token.grant.webId, generatedAt: new Date().toISOString(), ...profile });
  });

  router.post('/pods/:pod/suggestions/rank', rankRoute(deps));

  router.get('/pods/:pod/:category/', async (req, res) => {
    const { pod, category } = parseInput(Params, req.params, 'path');
    const token = await guard(res, category, 'read');
    const type = negotiate(req);
    const query = parseInput(ListQuery, req.query, 'query');
    const { items, next } = await records.list(pod, category, query, access(token));
    const nextUrl = next
      ? `${containerUrl(deps.config.issuer, pod, category)}?${new URLSearchParams({ ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}), limit: String(query.limit), cursor: next })}`
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
          deps.config.issuer,
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
    const token = await guard(res, category, 'write');
    if (!req.is(JSON_TYPES))
      throw new VerwonderError(
        'unsupported_media_type',
        'send application/ld+json or application/json',
      );
    const type = negotiate(req);
    const key = parseInput(
      z.string().min(1).max(200).optional(),
      req.get('idempotency-key'),
      'Idempotency-Key header',
    );
    const { record, etag, created } = await records.create(
      pod,
      category,
      asClient(req.body, token),
      access(token),
      key,
    );
    res
      .status(created ? 201 : 200)
      .set({
        Location: recordUrl(deps.config.issuer, pod, category, record.id),
        ETag: quote(etag),
        ...(created ? {} : { 'Idempotency-Replayed': 'true' }),
      })
      .type(type)
      .send(JSON.stringify(recordDocument(deps.config.issuer, pod, record)));
  });

  router.get('/pods/:pod/:category/:id', async (req, res) => {
    const { pod, category, id } = parseInput(RecordParams, req.params, 'path');
    const token = await guard(res, category, 'read');
    const type = negotiate(req);
    const { record, etag } = await records.get(pod, category, id, access(token));
    res
      .set('ETag', quote(etag))
      .type(type)
      .send(JSON.stringify(recordDocument(deps.config.issuer, pod, record)));
  });

  router.put('/pods/:pod/:category/:id', async (req, res) => {
    const { pod, category, id } = parseInput(RecordParams, req.params, 'path');
    const token = await guard(res, category, 'write');
    if (!req.is(JSON_TYPES))
      throw new VerwonderError(
        'unsupported_media_type',
        'send application/ld+json or application/json',
      );
    const type = negotiate(req);
    const { record, etag } = await records.replace(
      pod,
      category,
      id,
      asClient(req.body, token),
      ifMatch(req),
      access(token),
    );
    res
      .set('ETag', quote(etag))
      .type(type)
      .send(JSON.stringify(recordDocument(deps.config.issuer, pod, record)));
  });

  router.delete('/pods/:pod/:category/:id', async (req, res) => {
    const { pod, category, id } = parseInput(RecordParams, req.params, 'path');
    const token = await guard(res, category, 'write');
    const expected = ifMatch(req);
    await records.delete(pod, category, id, access(token), expected === '*' ? undefined : expected);
    res.status(204).end();
  });

  // Erasing a whole category, imports, exports and everything else in a pod stay with its owner.
  router.all('/pods/:pod/{*rest}', () => {
    throw new VerwonderError('forbidden', 'this is for the pod’s owner only');
  });

  router.use(((error, req, res, next) => {
    if (
      VerwonderError.is(error) &&
      (error.code === 'insufficient_scope' || error.code === 'invalid_token')
    )
      return sendTokenProblem(res, error, req.path);
    next(error);
  }) as express.ErrorRequestHandler);

  return router;
}
