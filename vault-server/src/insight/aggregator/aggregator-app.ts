import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { problemHandler, sendProblem } from '../../http/problem.ts';
import { securityHeaders } from '../../http/security-headers.ts';
import { parseInput } from '../../http/validate.ts';
import { VerwonderError } from '@verwonder/shared';
import { requireBearer } from '../http/bearer.ts';
import { Batch, CollectBody, HelperPrepare, Upload } from '../prio/report-wire.ts';
import type { AggregatorService } from './aggregator-service.ts';

export interface AggregatorTokens {
  /** The leader's token at the helper. */
  peer: string;
  /** The collector's token at both aggregators. */
  collector: string;
}

/** The HTTP face of one aggregator: uploads (leader), preparation (helper), batches and collection. */
export function aggregatorApp(
  service: AggregatorService,
  tokens: AggregatorTokens,
  logger: Logger,
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(securityHeaders());
  const json = express.json({ limit: '512kb', strict: true });
  // A collection names every accepted report (about 26 bytes each): its own, larger limit, read only
  // once the collector's token is checked.
  app.use((req, res, next) => (req.path.endsWith('/collect') ? next() : json(req, res, next)));
  app.get('/healthz', (_req, res) => res.json({ status: 'ok', role: service.options.role }));
  app.get('/hpke-config', (_req, res) =>
    res.json({
      role: service.options.role,
      publicKey: service.keys.publicKey.toString('base64url'),
      // What a vault tells the person before they opt in: no figure below this many people.
      minBatch: service.options.minBatch,
    }),
  );
  if (service.options.role === 'leader')
    app.post('/reports', async (req, res) => {
      await service.upload(parseInput(Upload, req.body, 'report'));
      res.status(201).json({ accepted: true });
    });
  else
    app.post('/prepare', async (req, res) => {
      requireBearer(req, tokens.peer);
      res.json(await service.prepare(parseInput(HelperPrepare, req.body, 'preparation')));
    });
  app.get('/batches', async (req, res) => {
    requireBearer(req, tokens.collector);
    res.json({ minBatch: service.options.minBatch, batches: await service.batches() });
  });
  app.post(
    '/batches/:batch/collect',
    (req, _res, next) => {
      requireBearer(req, tokens.collector);
      next();
    },
    express.json({ limit: '64mb', strict: true }),
    async (req, res) => {
      const { batch } = parseInput(z.object({ batch: Batch }), req.params, 'path');
      const ids =
        service.options.role === 'helper'
          ? parseInput(CollectBody, req.body, 'body').reportIds
          : undefined;
      res.json(await service.collect(batch, ids));
    },
  );
  app.use((req, res) =>
    sendProblem(res, new VerwonderError('not_found', 'no such resource'), req.path),
  );
  app.use(problemHandler(logger));
  return app;
}
