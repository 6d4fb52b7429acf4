import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The pages' scripts and styles, and the @simplewebauthn/browser bundle straight from node_modules. */
export function staticFiles(): Router {
  const router = Router();
  const browserEntry = createRequire(import.meta.url).resolve('@simplewebauthn/browser');
  const bundle = path.resolve(path.dirname(browserEntry), '../dist/bundle/index.umd.min.js');
  router.get('/static/simplewebauthn-browser.js', (_req, res) =>
    res.type('text/javascript').sendFile(bundle, { maxAge: '1h' }),
  );
  // Chart.js for the DNA page, its UMD build as published (no inline code: fits the strict CSP).
  const chartJs = path.resolve(
    path.dirname(createRequire(import.meta.url).resolve('chart.js')),
    'chart.umd.min.js',
  );
  router.get('/static/chart.umd.js', (_req, res) =>
    res.type('text/javascript').sendFile(chartJs, { maxAge: '1h' }),
  );
  router.use(
    '/static',
    express.static(path.join(here, 'public'), { maxAge: '5m', index: false, fallthrough: false }),
  );
  return router;
}
