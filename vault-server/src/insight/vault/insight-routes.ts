import { Router, type Request, type Response } from 'express';
import { VerwonderError } from '@verwonder/shared';
import { z } from 'zod';
import { OWNER } from '../../audit/audit-log.ts';
import { requireSignedIn, signedIn } from '../../auth/auth-middleware.ts';
import type { RouteMount } from '../../http/create-app.ts';
import { parseInput, PodName } from '../../http/validate.ts';
import { migrate } from '../../storage/migrate.ts';
import type { VaultContext } from '../../vault-context.ts';
import { CONVERSION_WINDOW_DAYS } from '../attribution.ts';
import { Batch } from '../prio/report-wire.ts';
import { VAULT_INSIGHT_MIGRATIONS } from '../storage/insight-migrations.ts';
import { insightSettingsStore } from './insight-settings-store.ts';
import { podAttribution } from './pod-attribution.ts';
import { submitWeekReport, type InsightClientConfig } from './submit-report.ts';

const Pod = z.object({ pod: PodName });
const SettingsBody = z.object({ optIn: z.boolean() }).strict();
const ReportBody = z.object({ week: Batch }).strict();

/** What taking part means, in plain words, shown where the person decides. */
export const OPT_IN_EXPLANATION = {
  nl: 'Als je meedoet, stuurt je kluis elke week een paar tellingen (hoeveel suggesties je zag, aanklikte en leende, bezocht of kocht, per instelling en soort) in twee delen naar twee verschillende partijen. Elk deel op zich is willekeurige ruis; alleen samen, en alleen als som over minstens 100 mensen, zeggen ze iets. Niemand ziet wat jij deed. Standaard staat dit uit en je kunt het altijd weer uitzetten.',
  en: 'If you take part, your vault sends a few counts each week (how many suggestions you saw, clicked and borrowed, visited or bought, per institution and kind) in two parts to two different parties. Each part alone is random noise; only together, and only as a sum over at least 100 people, do they say anything. No one sees what you did. It is off unless you turn it on, and you can turn it off at any time.',
} as const;

/** Only the pod's owner; anyone else gets the same 404 as for a pod that does not exist. */
function owner(ctx: VaultContext, req: Request, res: Response): string {
  const { pod } = parseInput(Pod, req.params, 'path');
  const auth = signedIn(res);
  if (!auth || auth.account.podName !== pod)
    throw new VerwonderError('not_found', 'no such resource');
  requireSignedIn(ctx, req, res); // the CSRF check on state changes
  return pod;
}

/** The person's own attribution, their opt-in, and the weekly report to the aggregators. */
export function insightRoutes(client?: InsightClientConfig): RouteMount {
  return (ctx) => {
    const ready = migrate(
      ctx.storage.driver,
      VAULT_INSIGHT_MIGRATIONS,
      'insight_schema_migrations',
    );
    ready.catch((error: unknown) =>
      ctx.logger.error({ err: error }, 'the insight tables could not be migrated'),
    );
    const settings = insightSettingsStore(ctx.storage.driver);
    const router = Router();
    router.use('/pods/:pod/insight', (_req, _res, next) => {
      ready.then(() => next(), next);
    });

    router.get('/pods/:pod/insight/attribution', async (req, res) => {
      const pod = owner(ctx, req, res);
      const suggestions = await podAttribution(ctx, pod, { actor: OWNER }, client?.origins);
      res.json({ conversionWindowDays: CONVERSION_WINDOW_DAYS, suggestions });
    });

    router.get('/pods/:pod/insight/settings', async (req, res) => {
      const pod = owner(ctx, req, res);
      res.json({
        optIn: await settings.optedIn(pod),
        reportedWeeks: await settings.reportedWeeks(pod),
        explanation: OPT_IN_EXPLANATION,
      });
    });

    router.put('/pods/:pod/insight/settings', async (req, res) => {
      const pod = owner(ctx, req, res);
      const { optIn } = parseInput(SettingsBody, req.body, 'body');
      await settings.setOptIn(pod, optIn);
      res.json({ optIn });
    });

    router.post('/pods/:pod/insight/reports', async (req, res) => {
      const pod = owner(ctx, req, res);
      const { week } = parseInput(ReportBody, req.body, 'body');
      if (!client)
        throw new VerwonderError('unavailable', 'insight reports are not set up on this vault');
      res.status(201).json(await submitWeekReport(ctx, pod, week, client));
    });
    return router;
  };
}
