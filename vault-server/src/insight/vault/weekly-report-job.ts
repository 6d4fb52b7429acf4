import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { VerwonderError } from '@verwonder/shared';
import { tryJobLease } from '../../storage/job-lease.ts';
import type { VaultContext } from '../../vault-context.ts';
import { CONVERSION_WINDOW_DAYS } from '../attribution.ts';
import { isoWeek } from '../iso-week.ts';
import { insightSettingsStore } from './insight-settings-store.ts';
import { submitWeekReport, type InsightClientConfig } from './submit-report.ts';

const DAY = 86_400_000;

/**
 * The week a vault reports at `now`: the latest one whose suggestions have all had their full
 * conversion window (an impression on its Sunday may convert up to 14 days later), so a report is
 * final when sent and never needs a second one.
 */
export function reportableWeek(now: Date): string {
  return isoWeek(new Date(now.getTime() - (7 + CONVERSION_WINDOW_DAYS) * DAY));
}

const refused = (error: unknown, reason: string): boolean =>
  VerwonderError.is(error, 'conflict') && error.details?.reason === reason;

/**
 * Sends `week`'s report for every opted-in pod that has not sent it. Safe to run in several processes
 * at once: each pod's week is claimed in `insight_reports_sent` before it is sent, so exactly one
 * process sends it; a failed send releases the claim for the next run.
 */
export async function reportWeek(
  ctx: VaultContext,
  client: InsightClientConfig,
  week: string,
  signal?: AbortSignal,
): Promise<{
  sent: number;
  idle: number;
  closed: number;
  alreadyReported: number;
  failed: number;
}> {
  const settings = insightSettingsStore(ctx.storage.driver);
  let sent = 0;
  let idle = 0;
  let closed = 0;
  let alreadyReported = 0;
  let failed = 0;
  let after = '';
  for (;;) {
    const pods = await settings.unreported(week, after, 100);
    if (pods.length === 0) break;
    for (const pod of pods) {
      if (signal?.aborted) return { sent, idle, closed, alreadyReported, failed };
      after = pod;
      try {
        if ((await submitWeekReport(ctx, pod, week, client)).outcome === 'idle') idle++;
        else sent++;
      } catch (error) {
        // A week the aggregators closed before this pod's report: kept as such, never retried.
        if (refused(error, 'week_closed')) closed++;
        // The leader holds this person's report of the week already: kept, but said.
        if (refused(error, 'already_reported')) alreadyReported++;
        // Claimed by another process meanwhile, or the person opted out: nothing to send.
        if (VerwonderError.is(error, 'conflict')) continue;
        failed++;
        ctx.logger.warn({ err: error, week }, 'an insight report could not be sent');
      }
    }
  }
  if (closed > 0)
    ctx.logger.warn(
      { week, closed },
      'the aggregators had closed the week before these reports: not sent, not retried',
    );
  if (alreadyReported > 0)
    ctx.logger.warn(
      { week, alreadyReported },
      'the leader already held these reports of the week: kept as reported, not sent again',
    );
  return { sent, idle, closed, alreadyReported, failed };
}

export interface WeeklyReportJob {
  /** Stops the timer and waits for the run under way. */
  stop(): Promise<void>;
}

/**
 * The weekly reports on a timer in the vault process: at start and then every `intervalSeconds`.
 * Like the retention purge, every process has the timer and a run needs the job's lease, so across a
 * fleet one process sends per interval (and the per-week claims keep it once even if two overlap).
 */
export function startWeeklyReportJob(
  ctx: VaultContext,
  client: InsightClientConfig,
  options: { intervalSeconds: number; ready: Promise<unknown>; now?: () => Date },
): WeeklyReportJob {
  if (options.intervalSeconds <= 0) return { stop: async () => undefined };
  const holder = `${os.hostname()}/${process.pid}/${randomBytes(4).toString('hex')}`;
  const leaseSeconds = Math.max(1, Math.floor(options.intervalSeconds * 0.9));
  const stopping = new AbortController();
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= (async () => {
      try {
        await options.ready;
        if (stopping.signal.aborted) return;
        if (!(await tryJobLease(ctx.storage.driver, 'insight-weekly-report', holder, leaseSeconds)))
          return;
        const week = reportableWeek(options.now?.() ?? new Date());
        const result = await reportWeek(ctx, client, week, stopping.signal);
        if (Object.values(result).some((n) => n > 0))
          ctx.logger.info({ week, ...result }, 'insight reports sent');
      } catch (error) {
        ctx.logger.error({ err: error }, 'the insight report run failed');
      } finally {
        running = undefined;
      }
    })();
  };
  const timer = setInterval(run, options.intervalSeconds * 1000);
  timer.unref();
  const first = setTimeout(run, 0);
  first.unref();
  return {
    async stop() {
      stopping.abort();
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
