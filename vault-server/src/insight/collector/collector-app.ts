import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { VerwonderError } from '@verwonder/shared';
import { problemHandler, sendProblem } from '../../http/problem.ts';
import { securityHeaders } from '../../http/security-headers.ts';
import type { CollectorService } from './collector-service.ts';
import { collectableFrom } from '../report-window.ts';
import { dashboardPage } from './dashboard-page.ts';
import { dashboardRows } from './dashboard-rows.ts';
import { DASHBOARD_TEXT } from './dashboard-text.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The institutions' dashboard: published sums only, and the size of every batch. */
export function collectorApp(service: CollectorService, logger: Logger): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(securityHeaders());
  const chart = path.join(
    path.dirname(createRequire(import.meta.url).resolve('chart.js')),
    'chart.umd.min.js',
  );
  app.get('/static/chart.umd.min.js', (_req, res) =>
    res.type('text/javascript').sendFile(chart, { maxAge: '1h' }),
  );
  app.use(
    '/static',
    express.static(path.join(here, 'public'), { maxAge: '5m', index: false, fallthrough: false }),
  );
  app.get('/healthz', (_req, res) => res.json({ status: 'ok', role: 'collector' }));
  app.get('/favicon.ico', (_req, res) => res.status(204).end());
  app.get('/', (req, res) => {
    const lang =
      req.query.lang === 'en'
        ? 'en'
        : req.query.lang === 'nl'
          ? 'nl'
          : req.acceptsLanguages('nl', 'en') === 'en'
            ? 'en'
            : 'nl';
    res
      .type('html')
      .send(
        dashboardPage(lang, service.options.minBatch, service.minPeople, service.options.epsilon),
      );
  });
  app.get('/api/dashboard', async (req, res) => {
    const lang = req.query.lang === 'en' ? 'en' : 'nl';
    const published = await service.store.all();
    const now = service.options.now?.() ?? new Date();
    const status = await service.status().catch(() => []);
    const sizes = new Map(status.map((s) => [s.batch, s.leader]));
    for (const entry of published) sizes.set(entry.batch, entry.reports);
    const publishedSet = new Set(published.map((p) => p.batch));
    res.json({
      minBatch: service.options.minBatch,
      epsilon: service.options.epsilon,
      text: DASHBOARD_TEXT[lang],
      batches: [...sizes]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([batch, reports]) => {
          const closes = collectableFrom(batch);
          return {
            batch,
            reports,
            published: publishedSet.has(batch),
            // Still taking reports: a week is published only after its reporting window.
            open: now < closes,
            closesAt: closes.toISOString().slice(0, 10),
          };
        }),
      minPeople: service.minPeople,
      rows: dashboardRows(published, service.minPeople),
    });
  });
  app.use((req, res) =>
    sendProblem(res, new VerwonderError('not_found', 'no such resource'), req.path),
  );
  app.use(problemHandler(logger));
  return app;
}
