import { Router } from 'express';
import { catalogData } from '@verwonder/shared/catalog-data';
import { loadItemModel } from '@verwonder/shared/wonder/model/load-item-model.ts';
import { z } from 'zod';
import { signedIn } from '../auth/auth-middleware.ts';
import { DATA_CATEGORY_IDS, VerwonderError, type DataCategoryId } from '@verwonder/shared';
import { parseInput, PodName } from '../http/validate.ts';
import { vaultRecordAccess } from '../resources/record-access.ts';
import type { VaultContext } from '../vault-context.ts';
import { DNA_VIEW_CATEGORIES } from '../dna/owner-dna.ts';
import { forYouList, type ForYouCatalog, type ForYouItem } from './for-you-list.ts';

/** Records read per category: enough for years of use. */
const LIMIT = 5000;

const Query = z.object({ dial: z.coerce.number().min(0).max(1).optional() });

/** The route's answer; `personalisationOff` lets the page say what the list leaves out, and why. */
export interface ForYouAnswer {
  items: ForYouItem[];
  /** Categories the owner switched off for personalisation, in the registry's order. */
  personalisationOff: DataCategoryId[];
}

/**
 * The owner's "Voor jou" set (`GET /pods/{pod}/for-you?dial=0..1`): owner session only; any other
 * caller gets a 404, so the route does not even confirm the pod exists.
 */
export function forYouRoutes(ctx: VaultContext, catalog: ForYouCatalog = catalogData()): Router {
  const router = Router();
  const records = vaultRecordAccess(ctx);
  router.get('/pods/:pod/for-you', async (req, res) => {
    const { pod } = parseInput(z.object({ pod: PodName }), req.params, 'path');
    const auth = signedIn(res);
    if (!auth || auth.account.podName !== pod)
      throw new VerwonderError('not_found', 'no such resource');
    const { dial } = parseInput(Query, req.query, 'query');
    const [sample, off] = await Promise.all([
      records.sample(pod, DNA_VIEW_CATEGORIES, LIMIT),
      ctx.storage.personalisation.offCategories(pod),
    ]);
    const answer: ForYouAnswer = {
      items: forYouList(sample, catalog, {
        ...(dial === undefined ? {} : { dial }),
        itemModel: loadItemModel(),
      }),
      personalisationOff: DATA_CATEGORY_IDS.filter((category) => off.has(category)),
    };
    res.set('Cache-Control', 'no-store').json(answer);
  });
  return router;
}
