import { Router, type Request, type Response } from 'express';
import { VerwonderError } from '@verwonder/shared';
import { pageLang } from '../../http/pages/render-page.ts';
import type { ClientMetadata } from '../clients/client-metadata.ts';
import type { OAuthDeps, OwnerSession } from '../oauth-deps.ts';
import { formBody, noStore, sameOriginOrUnknown } from '../server/oauth-http.ts';
import type { StoredGrant } from '../store/oauth-store.ts';
import { constantTimeEqual } from '../tokens/opaque-token.ts';
import { renderConnectionsPage } from './connections-page.ts';
import { consentReceipt } from './consent-receipt.ts';
import { consentGrantOf, isActive, revokeGrant } from './grant-service.ts';

const POD = /^[a-z0-9](?:[a-z0-9-]{1,30}[a-z0-9])$/;
const GRANT_ID = /^[A-Za-z0-9_-]{10,100}$/;

/**
 * The grant as the owner sees it through the API: the shared ConsentGrant plus its state. A stored
 * row that cannot be one is listed as `damaged`, with its texts as stored: it gives no access.
 */
export const grantView = (grant: StoredGrant) => {
  const document = consentGrantOf(grant);
  if (!document || grant.damaged)
    return {
      id: grant.id,
      clientId: grant.clientId,
      clientName: grant.clientName,
      createdAt: grant.createdAt,
      expiresAt: grant.expiresAt,
      ...(grant.revokedAt ? { revokedAt: grant.revokedAt } : {}),
      status: 'damaged',
      ...(grant.revokedReason ? { revokedReason: grant.revokedReason } : {}),
    };
  return {
    ...document,
    rankCategories: grant.rankCategories,
    status: grant.revokedAt ? 'revoked' : isActive(grant) ? 'active' : 'expired',
    ...(grant.revokedReason ? { revokedReason: grant.revokedReason } : {}),
  };
};

/** Listing, revoking and receipts of a pod's grants: for its owner only, through the session. */
export function grantRoutes(deps: OAuthDeps): Router {
  const router = Router();

  const owner = async (req: Request, res: Response): Promise<OwnerSession> => {
    const session = await deps.sessions(req, res);
    if (!session) throw new VerwonderError('unauthenticated', 'sign in first');
    const pod = String(req.params.pod ?? session.podName);
    if (!POD.test(pod) || session.podName !== pod)
      throw new VerwonderError('forbidden', 'this is not your pod');
    return session;
  };

  /** State changes need the session's CSRF token, as the X-CSRF-Token header (scripts) or a form field. */
  const checkCsrf = (req: Request, session: OwnerSession) => {
    if (!sameOriginOrUnknown(deps.config.issuer, req))
      throw new VerwonderError('csrf_failed', 'request from another origin');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const token =
      req.get('x-csrf-token') ?? (typeof body.csrf === 'string' ? body.csrf : undefined);
    if (!token || !constantTimeEqual(token, session.csrfToken))
      throw new VerwonderError('csrf_failed', 'missing or wrong CSRF token');
  };

  const grantOf = async (req: Request, session: OwnerSession): Promise<StoredGrant> => {
    const id = String(req.params.id);
    const grant = GRANT_ID.test(id) ? await deps.store.getGrant(id) : undefined;
    if (!grant || grant.pod !== session.podName)
      throw new VerwonderError('not_found', 'no such grant');
    return grant;
  };

  const clientOf = (grant: StoredGrant): Promise<ClientMetadata | undefined> =>
    deps.clients.resolve(grant.clientId).catch(() => undefined);

  router.get('/pods/:pod/grants', async (req, res) => {
    const session = await owner(req, res);
    noStore(res);
    res.json({ grants: (await deps.store.listGrants(session.podName)).map(grantView) });
  });

  router.get('/pods/:pod/grants/:id', async (req, res) => {
    const session = await owner(req, res);
    noStore(res);
    res.json(grantView(await grantOf(req, session)));
  });

  router.delete('/pods/:pod/grants/:id', async (req, res) => {
    const session = await owner(req, res);
    checkCsrf(req, session);
    await revokeGrant(deps, await grantOf(req, session), 'owner');
    res.status(204).end();
  });

  // The same for a plain form on the connections page (no script needed).
  router.post('/pods/:pod/grants/:id/revoke', formBody, async (req, res) => {
    const session = await owner(req, res);
    checkCsrf(req, session);
    await revokeGrant(deps, await grantOf(req, session), 'owner');
    res.redirect(303, `/oauth/connections?lang=${pageLang(req)}`);
  });

  router.get('/pods/:pod/grants/:id/receipt', async (req, res) => {
    const session = await owner(req, res);
    const grant = await grantOf(req, session);
    if (grant.damaged || !consentGrantOf(grant))
      throw new VerwonderError('conflict', 'this grant is damaged; there is no receipt for it');
    const receipt = consentReceipt(grant, await clientOf(grant), pageLang(req));
    noStore(res);
    res
      .set('Content-Disposition', `attachment; filename="consent-receipt-${grant.id}.json"`)
      .json(receipt);
  });

  router.get('/oauth/connections', async (req, res) => {
    const lang = pageLang(req);
    const session = await deps.sessions(req, res);
    if (!session)
      return void res.redirect(303, deps.config.signInUrl(`/oauth/connections?lang=${lang}`));
    const grants = await deps.store.listGrants(session.podName);
    noStore(res);
    res
      .set('Referrer-Policy', 'same-origin')
      .type('html')
      .send(renderConnectionsPage(lang, session, grants));
  });

  return router;
}
