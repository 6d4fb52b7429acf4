import { Router, type Request } from 'express';
import { fromOwnPage } from '../http/from-own-page.ts';
import { safeReturnPath } from '../http/safe-return-path.ts';
import * as oauth from 'oauth4webapi';
import type { SiteVaultOptions } from './site-vault-options.ts';
import { ConnectLimiter } from './connect-limiter.ts';
import type { VaultClient } from './vault-client.ts';
import type { VisitorSessions } from './visitor-sessions.ts';

/** The Client ID Metadata Document the vault fetches: who the site is and where it may redirect. */
export function clientMetadata(options: SiteVaultOptions, client: VaultClient) {
  const site = options.siteUrl();
  return {
    client_id: client.clientId,
    client_name: options.clientName,
    client_uri: `${site}/`,
    redirect_uris: [client.redirectUri],
    contacts: [options.contactEmail],
    scope: options.profile.scope,
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'none',
    dpop_bound_access_tokens: true,
  };
}

/** A field of a urlencoded body (the body is absent when none was sent). */
function formField(req: Request, name: string): unknown {
  return (req.body as Record<string, unknown> | undefined)?.[name];
}

/** The site's side of "Koppel met mijn kluis": its metadata document, connect, callback, disconnect. */
export function vaultRoutes(
  options: SiteVaultOptions,
  client: VaultClient,
  sessions: VisitorSessions,
  log: (message: string) => void,
): Router {
  const router = Router();
  const limiter = new ConnectLimiter();
  const siteOrigin = () => new URL(options.siteUrl()).origin;

  router.get('/oauth/client.json', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(clientMetadata(options, client));
  });

  // Starting costs the vault a pushed request, so only a POST from this site's own pages starts one
  // (SameSite=Lax keeps the cookie off cross-site posts, fromOwnPage refuses them), and not
  // too often. An old link or a crawler's GET just goes back to the page, which has the button.
  router.get('/koppel', (req, res) => void res.redirect(303, safeReturnPath(req.query.terug)));

  router.post('/koppel', async (req: Request, res) => {
    const returnTo = safeReturnPath(formField(req, 'terug'));
    if (!fromOwnPage(req, siteOrigin())) return void res.redirect(303, returnTo);
    const visitor = sessions.ensure(req, res);
    if (!limiter.allow(visitor.id)) {
      visitor.notice = 'busy';
      return void res.redirect(303, returnTo);
    }
    try {
      const { url, pending } = await client.start(returnTo);
      visitor.pending = pending;
      res.redirect(303, url);
    } catch (error) {
      log(
        `vault: could not start the connection: ${error instanceof Error ? error.message : String(error)}`,
      );
      visitor.notice = 'failed';
      res.redirect(303, returnTo);
    }
  });

  router.get('/oauth/callback', async (req, res) => {
    const visitor = sessions.find(req);
    const pending = visitor?.pending;
    if (!visitor || !pending) return void res.redirect(303, '/');
    visitor.pending = undefined;
    try {
      visitor.connection = await client.finish(
        new URL(req.originalUrl, options.siteUrl()),
        pending,
      );
      visitor.notice = 'connected';
    } catch (error) {
      const denied =
        error instanceof oauth.AuthorizationResponseError && error.error === 'access_denied';
      if (!denied)
        log(`vault: connecting failed: ${error instanceof Error ? error.message : String(error)}`);
      visitor.notice = denied ? 'denied' : 'failed';
    }
    res.redirect(303, pending.returnTo);
  });

  // Ending the grant too only from this site's own page: another demo site's page is the same site,
  // so the visitor's cookie goes along with its form.
  router.post('/ontkoppel', async (req, res) => {
    const visitor = fromOwnPage(req, siteOrigin()) ? sessions.find(req) : undefined;
    const connection = visitor?.connection;
    if (visitor && connection) {
      try {
        await client.disconnect(connection);
        // Only now: while the grant lives at the vault, the site keeps the tokens that can end it.
        if (visitor.connection === connection) visitor.connection = undefined;
        visitor.notice = 'disconnected';
      } catch (error) {
        log(`vault: revocation failed: ${error instanceof Error ? error.message : String(error)}`);
        visitor.notice = 'disconnect-failed';
      }
    }
    res.redirect(303, safeReturnPath(formField(req, 'terug')));
  });

  return router;
}
