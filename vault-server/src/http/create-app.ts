import express, { type Express, type RequestHandler, type Router } from 'express';
import { VerwonderError } from '@verwonder/shared';
import { auditOtherAccountRefusals } from '../audit/other-account-refusals.ts';
import { sessionAuth } from '../auth/auth-middleware.ts';
import { authRoutes } from '../auth/auth-routes.ts';
import { sessionRoutes } from '../auth/session-routes.ts';
import { signInLimiter } from '../auth/sign-in-limiter.ts';
import { dnaRoutes } from '../dna/dna-routes.ts';
import { forYouRoutes } from '../for-you/for-you-route.ts';
import { podRoutes } from '../gdpr/pod-routes.ts';
import { personalisationRoutes } from '../personalisation/personalisation-routes.ts';
import { recordRoutes } from '../resources/record-routes.ts';
import { sourceRoutes } from '../streams/source-routes.ts';
import type { VaultContext } from '../vault-context.ts';
import { openApiDocument } from './openapi.ts';
import { ownerPages } from './pages/owner-pages.ts';
import { pageRoutes } from './pages/page-routes.ts';
import { rememberLang } from './pages/remember-lang.ts';
import { problemHandler, sendProblem } from './problem.ts';
import { requestLog } from './request-log.ts';
import { securityHeaders } from './security-headers.ts';
import { staticFiles } from './static-files.ts';

export interface AppState {
  /** False while starting and once draining for shutdown: /healthz then answers 503. */
  ready: boolean;
}

/**
 * Routers of other parts (the OAuth server) mounted with sessions and JSON bodies available, and
 * optionally `tokenRoutes` for requests that carry their own credentials (a token), mounted ahead of
 * the session, page and body middleware they do not need.
 */
export type RouteMount = (ctx: VaultContext) => Router & { tokenRoutes?: RequestHandler };

export function createApp(
  ctx: VaultContext,
  state: AppState,
  mounts: readonly RouteMount[] = [],
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  // Rate limits count per client address: behind a trusted proxy, the one it forwards.
  app.set('trust proxy', ctx.config.trustProxy);
  app.use(securityHeaders());
  app.use(requestLog(ctx.logger));
  const modules = mounts.map((mount) => mount(ctx));
  for (const { tokenRoutes } of modules) if (tokenRoutes) app.use(tokenRoutes);

  app.get('/healthz', (_req, res) => {
    if (!state.ready)
      sendProblem(res, new VerwonderError('unavailable', 'starting or shutting down'));
    else {
      const reports = [...ctx.statusReports].map(([name, read]) => [name, read()]);
      res.json({ status: 'ok', ...Object.fromEntries(reports) });
    }
  });
  app.get('/openapi.json', (_req, res) => res.json(openApiDocument(ctx.config.publicUrl)));
  app.get('/favicon.ico', (_req, res) => res.status(204).end());
  app.use(staticFiles());

  const authLimiter = signInLimiter(ctx);

  app.use(sessionAuth(ctx));
  app.use(rememberLang);
  app.use(pageRoutes(ctx));
  app.use(ownerPages(ctx));
  // Imports and restores parse their own (larger) bodies; everything else is JSON within the normal limit.
  const json = express.json({
    type: ['application/json', 'application/ld+json'],
    limit: ctx.config.bodyLimitBytes,
    strict: true,
  });
  app.use((req, res, next) =>
    req.method === 'POST' && /\/(import|restore)$/.test(req.path) ? next() : json(req, res, next),
  );
  for (const module of modules) app.use(module);
  app.use(dnaRoutes(ctx));
  app.use(forYouRoutes(ctx));
  app.use(personalisationRoutes(ctx));
  app.use(sessionRoutes(ctx));
  app.use(podRoutes(ctx));
  app.use(sourceRoutes(ctx));
  app.use(authRoutes(ctx, authLimiter));
  app.use(recordRoutes(ctx));

  app.use((req, res) =>
    sendProblem(
      res,
      new VerwonderError('not_found', 'no such resource'),
      req.originalUrl.split('?')[0],
    ),
  );
  app.use(auditOtherAccountRefusals(ctx));
  app.use(problemHandler(ctx.logger));
  return app;
}
