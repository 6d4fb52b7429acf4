import express, { Router, type Request, type Response } from 'express';
import { VerwonderError, hasScope, type DataCategoryId as Category } from '@verwonder/shared';
import type { DnaResponse } from '@verwonder/shared/wire/dna.ts';
import { JSON_TYPES } from '../../resources/json-ld-views.ts';
import { recordContainerRoutes, type RecordCaller } from '../../resources/record-routes.ts';
import type { Access } from '../../resources/record-service.ts';
import type { OAuthDeps } from '../oauth-deps.ts';
import { DNA_CATEGORIES } from '../server/scope-text.ts';
import { rankRoute } from './rank-route.ts';
import { untilAnswerStep } from './answer-step.ts';
import { dnaProfile } from './dna-profile.ts';
import {
  refused,
  requireAccessToken,
  sendTokenProblem,
  tokenAccessOf,
  type TokenAccess,
} from './require-access-token.ts';

/** Records read for a derived view (DNA, ranking), per category. */
const SAMPLE_LIMIT = 2000;

/**
 * The pod's resources as a client with a token reaches them: the record containers (the same routes
 * as the owner's, with the token's scopes deciding), the DNA profile and ranking. A read without the
 * read scope answers 404, exactly as a resource that does not exist (the site learns nothing); a
 * write without the write scope answers 403. Every refusal is audited. Mounted before the owner's
 * (session) routes; requests without an Authorization header pass through to those.
 */
export function tokenResourceRoutes(deps: OAuthDeps): Router {
  const router = Router();
  const records = deps.records;

  router.use('/pods/:pod', (req, _res, next) =>
    req.get('authorization') === undefined ? next('router') : next(),
  );
  router.use('/pods/:pod', requireAccessToken(deps));
  router.use('/pods/:pod', express.json({ type: JSON_TYPES, limit: '256kb', strict: true }));

  const tokenOf = (res: Response): TokenAccess => {
    const token = tokenAccessOf(res);
    if (!token) throw new VerwonderError('invalid_token', 'an access token is required');
    return token;
  };

  const access = (token: TokenAccess): Access => ({
    actor: { type: 'client', clientId: token.clientId, grantId: token.grant.id },
    purpose: token.purpose,
  });

  const refuse = (req: Request, token: TokenAccess, reason: string, category?: Category) =>
    refused(
      deps,
      req,
      token.pod,
      { clientId: token.clientId, grantId: token.grant.id, purpose: token.purpose },
      reason,
      category,
    );

  /** A client writes in its own name: whatever source the body claims, the record says which client wrote it. */
  const asClient = (token: TokenAccess) => (body: unknown) =>
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

  router.get('/pods/:pod/dna', async (req, res) => {
    const started = performance.now();
    const token = tokenOf(res);
    if (!token.scopes.includes('dna:read')) {
      await refuse(req, token, 'no dna:read scope');
      throw new VerwonderError('not_found', 'no such resource');
    }
    const profile = dnaProfile(
      await records.sample(token.pod, DNA_CATEGORIES, SAMPLE_LIMIT),
      token.clientId,
    );
    await deps.audit(token.pod, {
      ...access(token),
      action: 'dna-read',
      detail: `derived from ${profile.basedOn.join(', ') || 'nothing'}`,
    });
    const body: DnaResponse = {
      webId: token.grant.webId,
      generatedAt: new Date().toISOString(),
      ...profile,
    };
    // As for ranking: the time of the answer must not say how many records were read.
    await untilAnswerStep(started, deps.config.profileAnswerStepMs);
    res.json(body);
  });

  router.post('/pods/:pod/suggestions/rank', rankRoute(deps));

  const ownerOnly = async (req: Request, res: Response) => {
    await refuse(req, tokenOf(res), 'owner-only route');
    throw new VerwonderError('forbidden', 'this is for the pod’s owner only');
  };
  // The personalisation switch is the owner's, like everything below; listed before the
  // containers, whose `/:category/:id` would otherwise take it for a record.
  router.all('/pods/:pod/personalisation/{*rest}', ownerOnly);

  router.use(
    recordContainerRoutes({
      base: () => deps.config.issuer,
      records,
      async authorize(req, res, _pod, category, mode): Promise<RecordCaller> {
        const token = tokenOf(res);
        if (hasScope(token.scopes, category, mode))
          return {
            access: access(token),
            stamp: mode === 'write' ? asClient(token) : undefined,
            reads: hasScope(token.scopes, category, 'read'),
          };
        await refuse(req, token, `no ${category}:${mode} scope`, category);
        if (mode === 'read') throw new VerwonderError('not_found', 'no such resource');
        throw new VerwonderError(
          'insufficient_scope',
          `this grant does not allow ${category}:write`,
        );
      },
    }),
  );

  // Erasing a whole category, imports, exports and everything else in a pod stay with its owner.
  router.all('/pods/:pod/{*rest}', ownerOnly);

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
