import { Router } from 'express';
import { VerwonderError } from '@verwonder/shared';
import { CITY_SOURCE_INFO, CitySource } from '@verwonder/shared/wire/city-event.ts';
import { z } from 'zod';
import { appendAudit, OWNER } from '../audit/audit-log.ts';
import { requirePodOwner } from '../auth/auth-middleware.ts';
import { parseInput, PodName } from '../http/validate.ts';
import { isUniqueViolation } from '../storage/sql-driver.ts';
import type { VaultContext } from '../vault-context.ts';
import { readSourceLinkKeys } from './source-link-keys.ts';
import { verifySourceLink } from './verify-source-link.ts';

const Params = z.object({ pod: PodName, source: CitySource });
/** A link code from the city system (see verify-source-link.ts); a number the owner types proves nothing. */
export const ConnectSourceBody = z.object({ code: z.string().min(1).max(4096) }).strict();

/**
 * The owner's opt-in for city systems: `PUT /pods/{pod}/sources/{source}` with a link code that the
 * system signed for the person's number there lets that system's stream events into the pod;
 * `DELETE` stops it. Nothing is taken from a source before this, and nobody can connect another
 * person's number: only the system that knows who signed in there can vouch for it, and each code
 * it signs connects once.
 */
export function sourceRoutes(ctx: VaultContext): Router {
  const router = Router();
  const list = async (pod: string) => ({
    sources: (await ctx.storage.connectedSources.list(pod)).map((entry) => ({
      ...entry,
      name: CITY_SOURCE_INFO[CitySource.parse(entry.source)].name,
    })),
  });

  router.get('/pods/:pod/sources', async (req, res) => {
    const { pod } = parseInput(Params.pick({ pod: true }), req.params, 'path');
    requirePodOwner(ctx, req, res, pod);
    res.json(await list(pod));
  });

  router.put('/pods/:pod/sources/:source', async (req, res) => {
    const { pod, source } = parseInput(Params, req.params, 'path');
    requirePodOwner(ctx, req, res, pod);
    const { code } = parseInput(ConnectSourceBody, req.body);
    const keys = readSourceLinkKeys(ctx.config.citySourceKeysFile);
    const link = await verifySourceLink(code, source, keys[source], ctx.config.publicUrl);
    // One answer for a used code and for a number another pod holds: a code's holder (perhaps a
    // thief) learns neither whether nor when someone connected that number here.
    const refused = new VerwonderError(
      'unprocessable',
      `this link code cannot be used: a link code works once, and not for a number another pod has connected; ask ${CITY_SOURCE_INFO[source].name} for a new code`,
    );
    let connected: boolean;
    try {
      connected = await ctx.storage.transaction(async (tx) => {
        if (!(await tx.usedSourceLinks.use(source, link.jti, link.expiresAt, new Date())))
          return false;
        const holder = await tx.connectedSources.podFor(source, link.subject);
        // Committed with the code used up: a refused code is spent like a used one.
        if (holder !== undefined && holder !== pod) return false;
        await tx.connectedSources.connect(pod, source, link.subject, new Date().toISOString());
        await appendAudit(tx, pod, {
          actor: OWNER,
          action: 'grant-created',
          detail: `city source ${source} connected`,
        });
        return true;
      });
    } catch (error) {
      // Two connects of one number (or one code) at once: the loser is refused like any other.
      if (isUniqueViolation(error)) throw refused;
      throw error;
    }
    if (!connected) throw refused;
    res.json(await list(pod));
  });

  router.delete('/pods/:pod/sources/:source', async (req, res) => {
    const { pod, source } = parseInput(Params, req.params, 'path');
    requirePodOwner(ctx, req, res, pod);
    await ctx.storage.transaction(async (tx) => {
      if (await tx.connectedSources.disconnect(pod, source))
        await appendAudit(tx, pod, {
          actor: OWNER,
          action: 'grant-revoked',
          detail: `city source ${source} disconnected`,
        });
    });
    res.status(204).end();
  });

  return router;
}
