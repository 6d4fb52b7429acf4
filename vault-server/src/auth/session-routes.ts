import { Router } from 'express';
import { VerwonderError } from '@verwonder/shared';
import { appendAudit, OWNER } from '../audit/audit-log.ts';
import type { VaultContext } from '../vault-context.ts';
import { requireSignedIn } from './auth-middleware.ts';
import { sha256 } from './sessions.ts';

const SESSION_REF = /^[0-9a-f]{24}$/;

/**
 * A session's public reference: derived from the stored hash, so the list never hands out the
 * value the database keys on (and certainly not the cookie).
 */
export const sessionRef = (idHash: string): string => sha256(`session-ref|${idHash}`).slice(0, 24);

/** The owner's sessions: each with its device and last use, and ending one of them. */
export function sessionRoutes(ctx: VaultContext): Router {
  const router = Router();

  router.get('/auth/sessions', async (req, res) => {
    const { account, session: current } = requireSignedIn(ctx, req, res);
    const sessions = await ctx.storage.sessions.listActive(account.id, new Date().toISOString());
    res.set('Cache-Control', 'no-store').json({
      sessions: sessions.map((session) => ({
        id: sessionRef(session.idHash),
        current: session.idHash === current.idHash,
        device: session.userAgent ?? null,
        createdAt: session.createdAt,
        lastUsedAt: session.lastUsedAt ?? session.createdAt,
        expiresAt: session.expiresAt,
      })),
    });
  });

  router.delete('/auth/sessions/:id', async (req, res) => {
    const { account } = requireSignedIn(ctx, req, res);
    const ref = String(req.params.id);
    const now = new Date().toISOString();
    const target = SESSION_REF.test(ref)
      ? (await ctx.storage.sessions.listActive(account.id, now)).find(
          (session) => sessionRef(session.idHash) === ref,
        )
      : undefined;
    if (!target) throw new VerwonderError('not_found', 'no such session');
    await ctx.storage.transaction(async (tx) => {
      await tx.sessions.revoke(target.idHash, now);
      await appendAudit(tx, account.podName, {
        actor: OWNER,
        action: 'sessions-revoked',
        detail: '1 session',
      });
    });
    res.status(204).end();
  });

  return router;
}
