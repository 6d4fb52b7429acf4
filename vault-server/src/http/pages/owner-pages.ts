import { Router, type Request, type Response } from 'express';
import { AuditAction, DATA_CATEGORIES, PURPOSE_LABELS, SCOPES } from '@verwonder/shared';
import { signedIn } from '../../auth/auth-middleware.ts';
import { scopeText } from '../../oauth/server/scope-text.ts';
import type { VaultContext } from '../../vault-context.ts';
import type { Lang } from './messages.ts';
import { AUDIT_ACTION_LABELS } from './audit-action-labels.ts';
import { OWNER_MESSAGES } from './owner-messages.ts';
import { OWNER_PAGES, type OwnerPage } from './owner-nav.ts';
import { Html, html, pageLang, renderPage } from './render-page.ts';
import { ownerPageBody } from './owner-page-bodies.ts';

const SCRIPTS: Record<OwnerPage, string[]> = {
  'for-you': ['/static/for-you-page.js'],
  audit: ['/static/audit-page.js'],
  data: ['/static/data-page.js'],
  settings: ['/static/simplewebauthn-browser.js', '/static/settings-page.js'],
  sites: ['/static/sites-page.js'],
  dna: ['/static/chart.umd.js', '/static/dna-page.js'],
  insight: ['/static/insight-page.js'],
};

/** What the pages' scripts need besides texts: categories, actions, scope and purpose wording. */
function pageData(lang: Lang) {
  return {
    messages: OWNER_MESSAGES[lang],
    categories: [...DATA_CATEGORIES.values()].map((category) => ({
      id: category.id,
      label: category.label[lang],
      description: category.description[lang],
    })),
    actions: Object.fromEntries(
      AuditAction.options.map((action) => [action, AUDIT_ACTION_LABELS[action][lang]]),
    ),
    scopes: Object.fromEntries(SCOPES.map((scope) => [scope, scopeText(scope, lang)])),
    purposes: Object.fromEntries(
      Object.entries(PURPOSE_LABELS).map(([purpose, label]) => [purpose, label[lang]]),
    ),
  };
}

/** A JSON data block: never executed (CSP-safe), `<` escaped so it cannot close the element. */
const dataBlock = (id: string, value: unknown): Html =>
  new Html(
    `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`,
  );

/** The owner's own pages: audit log, data, account settings, connected sites and cultural DNA. */
export function ownerPages(ctx: VaultContext): Router {
  const router = Router();
  const publicUrl = new URL(ctx.config.publicUrl);

  router.get('/vault/:page', (req: Request, res: Response, next) => {
    const page = OWNER_PAGES.find((name) => name === req.params.page);
    if (!page) return next();
    const lang = pageLang(req);
    if (req.hostname !== publicUrl.hostname)
      return res.redirect(new URL(req.originalUrl, publicUrl).href);
    const auth = signedIn(res);
    if (!auth)
      return res.redirect(
        `/signin?lang=${lang}&return_to=${encodeURIComponent(`/vault/${page}?lang=${lang}`)}`,
      );
    const t = OWNER_MESSAGES[lang];
    const body = html`<link rel="stylesheet" href="/static/owner.css" />
      ${dataBlock('owner-data', pageData(lang))} ${ownerPageBody(page, lang)}`;
    res
      .set('Cache-Control', 'no-store')
      .type('html')
      .send(
        renderPage(
          lang,
          t.nav[page],
          body,
          ['/static/vault.js', '/static/owner.js', ...SCRIPTS[page]],
          { signedIn: true, url: req.originalUrl },
        ),
      );
  });

  return router;
}
