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
 * person's number: only the system that knows who signed in there can vouch for it.
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
    const subject = await verifySourceLink(code, source, keys[source], ctx.config.publicUrl);
    try {
      await ctx.storage.transaction(async (tx) => {
        await tx.connectedSources.connect(pod, source, subject, new Date().toISOString());
        await appendAudit(tx, pod, {
          actor: OWNER,
          action: 'grant-created',
          detail: `city source ${source} connected`,
        });
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new VerwonderError('conflict', 'this number is connected to another pod');
      throw error;
    }
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
