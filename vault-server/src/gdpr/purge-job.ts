import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { tryJobLease } from '../storage/job-lease.ts';
import type { VaultContext } from '../vault-context.ts';
import { purgeExpired } from './retention.ts';

export interface PurgeJob {
  /** Stops the timer and waits for the batch under way. */
  stop(): Promise<void>;
}

/**
 * The periodic retention purge (and expired sessions and challenges): once at start and then every
 * `purgeIntervalMinutes`. Every process has the timer, but a run needs the job's lease in the
 * database, held for most of an interval, so across a fleet one process purges per interval.
 */
export function startPurgeJob(ctx: VaultContext): PurgeJob {
  const minutes = ctx.config.purgeIntervalMinutes;
  if (minutes <= 0) return { stop: async () => undefined };
  const holder = `${os.hostname()}/${process.pid}/${randomBytes(4).toString('hex')}`;
  const leaseSeconds = Math.max(30, minutes * 60 * 0.9);
  const stopping = new AbortController();
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= (async () => {
      try {
        if (stopping.signal.aborted) return;
        if (!(await tryJobLease(ctx.storage.driver, 'retention-purge', holder, leaseSeconds)))
          return;
        const started = Date.now();
        const results = await purgeExpired(ctx, new Date(), 1000, stopping.signal);
        const now = new Date().toISOString();
        await ctx.storage.sessions.deleteExpired(now);
        await ctx.storage.challenges.deleteExpired(now);
        ctx.logger.info(
          { pods: new Set(results.map((r) => r.pod)).size, ms: Date.now() - started },
          'retention purge finished',
        );
      } catch (error) {
        ctx.logger.error({ err: error }, 'retention purge failed');
      } finally {
        running = undefined;
      }
    })();
  };
  const timer = setInterval(run, minutes * 60_000);
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
