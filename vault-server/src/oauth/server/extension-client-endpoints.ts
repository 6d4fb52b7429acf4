import { Router } from 'express';
import {
  EXTENSION_CALLBACK_PATH,
  EXTENSION_CLIENT_PATH,
  extensionClientDocument,
} from '../clients/extension-client.ts';
import type { OAuthDeps } from '../oauth-deps.ts';
import { OAUTH_CSS_PATH } from './oauth-css.ts';

/**
 * The browser extension's client metadata document, and the page its authorization ends on: the
 * extension reads `code` and `state` from the tab's URL and closes the tab, so the page itself only
 * says where the person goes next. No script; the query is never echoed.
 */
export function extensionClientEndpoints(deps: OAuthDeps): Router {
  const router = Router();
  router.get(EXTENSION_CLIENT_PATH, (_req, res) => {
    res
      .set('Cache-Control', 'public, max-age=600')
      .json(extensionClientDocument(deps.config.issuer));
  });
  router.get(EXTENSION_CALLBACK_PATH, (_req, res) => {
    res
      .set('Cache-Control', 'no-store')
      .set('Referrer-Policy', 'no-referrer')
      .type('html')
      .send(CALLBACK_PAGE);
  });
  return router;
}

const CALLBACK_PAGE = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Terug naar de extensie</title>
<link rel="stylesheet" href="${OAUTH_CSS_PATH}">
</head>
<body>
<main id="extension-callback">
<h1>Terug naar de extensie…</h1>
<p>De Verwonder-extensie rondt de koppeling af en sluit dit tabblad.</p>
<p lang="en">Back to the extension… The Verwonder extension finishes connecting and closes this tab.</p>
</main>
</body>
</html>
`;
