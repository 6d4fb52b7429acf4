import { Router, type Request } from 'express';
import { safeReturnPath } from '../http/safe-return-path.ts';
import * as oauth from 'oauth4webapi';
import type { SiteVaultOptions } from './site-vault-options.ts';
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

/** The site's side of "Koppel met mijn kluis": its metadata document, connect, callback, disconnect. */
export function vaultRoutes(
  options: SiteVaultOptions,
  client: VaultClient,
  sessions: VisitorSessions,
  log: (message: string) => void,
): Router {
  const router = Router();

  router.get('/oauth/client.json', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(clientMetadata(options, client));
  });

  // A link, not a form: a form's redirect to the vault would be blocked by this site's form-action 'self'.
  router.get('/koppel', async (req: Request, res) => {
    const visitor = sessions.ensure(req, res);
    try {
      const { url, pending } = await client.start(safeReturnPath(req.query.terug));
      visitor.pending = pending;
      res.redirect(303, url);
    } catch (error) {
      log(
        `vault: could not start the connection: ${error instanceof Error ? error.message : String(error)}`,
      );
      visitor.notice = 'failed';
      res.redirect(303, safeReturnPath(req.query.terug));
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

  router.post('/ontkoppel', async (req, res) => {
    const visitor = sessions.find(req);
    const connection = visitor?.connection;
    if (visitor && connection) {
      visitor.connection = undefined;
      visitor.notice = 'disconnected';
      await client
        .disconnect(connection)
        .catch((error: unknown) =>
          log(
            `vault: revocation failed: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
    }
    res.redirect(303, safeReturnPath((req.body as Record<string, unknown> | undefined)?.terug));
  });

  return router;
}
