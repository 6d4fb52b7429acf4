import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { errorPageHandler, notFoundHandler } from './error-pages.ts';
import type { SiteContext } from './site-context.ts';

const STATIC_DIR = fileURLToPath(new URL('../static/', import.meta.url));

/**
 * No page runs script: JSON-LD blocks are data, not code, so `script-src 'none'` holds.
 * Forms post to the site itself only (with a vault, see below).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  styleSrc: ["'self'"],
  fontSrc: ["'self'"],
  scriptSrc: ["'none'"],
};

/** An Express app with the common security headers, static files, body parsing and error pages. */
export function createSiteApp(ctx: SiteContext, routes: (app: Express) => void): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          ...CONTENT_SECURITY_POLICY,
          // "Koppel met mijn kluis" posts to the site, which redirects to the vault: browsers
          // check that redirect against form-action too.
          formAction: ["'self'", ...(ctx.vault ? [ctx.vault.vaultOrigin] : [])],
        },
      },
      // The demo runs on plain http://127.0.0.1; HSTS would only confuse browsers.
      strictTransportSecurity: false,
    }),
  );
  app.use(
    '/static',
    express.static(STATIC_DIR, { index: false, maxAge: '1h', fallthrough: false }),
  );
  app.use(express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 50 }));
  if (ctx.vault) app.use(ctx.vault.router);
  routes(app);
  app.use(notFoundHandler());
  app.use(errorPageHandler(ctx));
  return app;
}
