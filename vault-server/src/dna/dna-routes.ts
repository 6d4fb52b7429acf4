import { Router } from 'express';
import { catalogData } from '@verwonder/shared/catalog-data';
import { z } from 'zod';
import { requirePodOwner } from '../auth/auth-middleware.ts';
import { parseInput, PodName } from '../http/validate.ts';
import { vaultRecordAccess } from '../resources/record-access.ts';
import type { VaultContext } from '../vault-context.ts';
import { DNA_VIEW_CATEGORIES, ownerDna, type DnaCatalog } from './owner-dna.ts';

/** Records read per category for the owner's DNA view: enough for years of use. */
const LIMIT = 5000;

/** The owner's own cultural DNA, for the "Mijn cultuur-DNA" page; never reachable with a token. */
export function dnaRoutes(
  ctx: VaultContext,
  catalog: DnaCatalog | undefined = catalogData(),
): Router {
  const router = Router();
  const records = vaultRecordAccess(ctx);
  router.get('/pods/:pod/dna', async (req, res) => {
    const { pod } = parseInput(z.object({ pod: PodName }), req.params, 'path');
    requirePodOwner(ctx, req, res, pod);
    const sample = await records.sample(pod, DNA_VIEW_CATEGORIES, LIMIT);
    res.set('Cache-Control', 'no-store').json(ownerDna(sample, catalog));
  });
  return router;
}
