import { Router, type Request, type Response } from 'express';
import { VerwonderError } from '@verwonder/shared';
import { z } from 'zod';
import { OWNER } from '../../audit/audit-log.ts';
import { requireSignedIn, signedIn } from '../../auth/auth-middleware.ts';
import type { RouteMount } from '../../http/create-app.ts';
import type { ModuleRouter } from '../../start-vault.ts';
import { parseInput, PodName } from '../../http/validate.ts';
import { migrate } from '../../storage/migrate.ts';
import type { VaultContext } from '../../vault-context.ts';
import { CONVERSION_WINDOW_DAYS } from '../attribution.ts';
import { Batch } from '../prio/report-wire.ts';
import { VAULT_INSIGHT_MIGRATIONS } from '../storage/insight-migrations.ts';
import { insightSettingsStore } from './insight-settings-store.ts';
import { podAttribution } from './pod-attribution.ts';
import { aggregatorMinBatch } from './aggregator-task.ts';
import { optInExplanation } from './opt-in-explanation.ts';
import { submitWeekReport, type InsightClientConfig } from './submit-report.ts';
import { insightUploadKey } from './upload-key.ts';
import { startWeeklyReportJob } from './weekly-report-job.ts';

const Pod = z.object({ pod: PodName });
export const SettingsBody = z.object({ optIn: z.boolean() }).strict();
export const ReportBody = z.object({ week: Batch }).strict();

/** Only the pod's owner; anyone else gets the same 404 as for a pod that does not exist. */
function owner(ctx: VaultContext, req: Request, res: Response): string {
  const { pod } = parseInput(Pod, req.params, 'path');
  const auth = signedIn(res);
  if (!auth || auth.account.podName !== pod)
    throw new VerwonderError('not_found', 'no such resource');
  requireSignedIn(ctx, req, res); // the CSRF check on state changes
  return pod;
}

export interface InsightRouteOptions {
  /** How often the weekly-report timer runs (default hourly; 0: no timer, reports only on request). */
  reportIntervalSeconds?: number;
  /** The clock of the timer (tests). */
  now?: () => Date;
}

/**
 * The person's own attribution, their opt-in, the weekly report to the aggregators (on a timer and
 * on request) and the vault's public upload key for the aggregators' operators.
 */
export function insightRoutes(
  client?: InsightClientConfig,
  options: InsightRouteOptions = {},
): RouteMount {
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
    ctx.exportSections.set('insight', async (pod) => {
      await ready;
      return {
        optIn: await settings.optedIn(pod),
        reportedWeeks: await settings.reportedWeeks(pod),
      };
    });
    const job = client
      ? startWeeklyReportJob(ctx, client, {
          intervalSeconds: options.reportIntervalSeconds ?? 3600,
          ready,
          now: options.now,
        })
      : undefined;
    const router: ModuleRouter = Router();
    router.ready = ready;
    router.close = async () => job?.stop();
    router.use(['/pods/:pod/insight', '/insight'], (_req, _res, next) => {
      ready.then(() => next(), next);
    });

    router.get('/insight/upload-key', async (_req, res) => {
      const key = await insightUploadKey(ctx);
      res.json({ kid: key.kid, jwk: key.publicJwk });
    });

    router.get('/pods/:pod/insight/attribution', async (req, res) => {
      const pod = owner(ctx, req, res);
      const suggestions = await podAttribution(ctx, pod, { actor: OWNER }, client?.origins);
      res.json({ conversionWindowDays: CONVERSION_WINDOW_DAYS, suggestions });
    });

    router.get('/pods/:pod/insight/settings', async (req, res) => {
      const pod = owner(ctx, req, res);
      if (!client)
        throw new VerwonderError('unavailable', 'insight reports are not set up on this vault');
      const minBatch = await aggregatorMinBatch(client);
      res.json({
        optIn: await settings.optedIn(pod),
        reportedWeeks: await settings.reportedWeeks(pod),
        minBatch,
        explanation: optInExplanation(minBatch),
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
