import { Router, type Request, type Response } from 'express';
import { DataCategoryId, VerwonderError } from '@verwonder/shared';
import { z } from 'zod';
import { appendAudit, OWNER } from '../audit/audit-log.ts';
import { logRefusal } from '../audit/refusal-log.ts';
import { routeLabel } from '../audit/route-label.ts';
import { checkCsrf, signedIn } from '../auth/auth-middleware.ts';
import { parseInput, PodName } from '../http/validate.ts';
import type { VaultContext } from '../vault-context.ts';

const Params = z.object({ pod: PodName, category: DataCategoryId });
export const PersonalisationBody = z.object({ personalised: z.boolean() }).strict();

/**
 * The owner's switch per category (`GET`/`PUT /pods/{pod}/personalisation/{category}`): off keeps
 * the records but leaves them out of everything derived for personalisation. Owner session only;
 * anyone else gets 404 (another signed-in account's try is logged in the pod as a refusal).
 */
export function personalisationRoutes(ctx: VaultContext): Router {
  const router = Router();

  async function owner(req: Request, res: Response, pod: string): Promise<void> {
    const auth = signedIn(res);
    if (auth && auth.account.podName === pod) {
      checkCsrf(ctx, req, auth);
      return;
    }
    if (auth)
      await logRefusal(ctx.storage, pod, {
        actor: { type: 'account' },
        detail: `${routeLabel(req, pod)}: another account`,
      });
    throw new VerwonderError('not_found', 'no such resource');
  }

  router.get('/pods/:pod/personalisation/:category', async (req, res) => {
    const { pod, category } = parseInput(Params, req.params, 'path');
    await owner(req, res, pod);
    const personalised = await ctx.storage.personalisation.isOn(pod, category);
    res.set('Cache-Control', 'no-store').json({ category, personalised });
  });

  router.put('/pods/:pod/personalisation/:category', async (req, res) => {
    const { pod, category } = parseInput(Params, req.params, 'path');
    await owner(req, res, pod);
    const { personalised } = parseInput(PersonalisationBody, req.body);
    await ctx.storage.transaction(async (tx) => {
      await tx.personalisation.set(pod, category, personalised, new Date().toISOString());
      await appendAudit(tx, pod, {
        actor: OWNER,
        action: 'personalisation-changed',
        category,
        detail: personalised ? 'used for personalisation' : 'kept out of personalisation',
      });
    });
    res.json({ category, personalised });
  });

  return router;
}
