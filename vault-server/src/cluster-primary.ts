import cluster, { type Worker } from 'node:cluster';
import { pino } from 'pino';
import { z } from 'zod';
import { VerwonderError } from '@verwonder/shared';

/** What a worker sends its primary once it serves (main.ts). */
export const WORKER_READY = 'verwonder:worker-ready';

/** VAULT_WORKERS: how many vault processes share the port (Node's cluster module); 1 = no cluster. */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const parsed = z.coerce.number().int().min(1).max(64).default(1).safeParse(env.VAULT_WORKERS);
  if (!parsed.success)
    throw new VerwonderError('config_error', 'VAULT_WORKERS must be a whole number from 1 to 64');
  // SQLite keeps DPoP proof ids and rate limits in process memory: one process only.
  if (parsed.data > 1 && !env.DATABASE_URL)
    throw new VerwonderError('config_error', 'VAULT_WORKERS > 1 needs PostgreSQL (DATABASE_URL)');
  return parsed.data;
}

/**
 * The primary of a clustered vault: forks the workers (each a whole vault on the shared port),
 * replaces one that dies, passes SIGTERM/SIGINT on and exits once all have drained. SIGHUP restarts
 * the workers one at a time, each new one ready before the old one drains (a rolling restart).
 */
export function runPrimary(count: number, env: NodeJS.ProcessEnv = process.env): void {
  const logger = pino({ level: env.LOG_LEVEL ?? 'info' });
  let stopping = false;
  const retiring = new Set<Worker>();
  const recentCrashes: number[] = [];

  /** Resolves once the new worker is ready (its modules open, not only listening) or has died. */
  const fork = (): Promise<Worker> =>
    new Promise((resolve) => {
      const worker = cluster.fork();
      worker.on('message', (message: unknown) => {
        if (message === WORKER_READY) resolve(worker);
      });
      worker.once('exit', () => resolve(worker));
    });

  cluster.on('exit', (worker, code, signal) => {
    if (retiring.delete(worker) || stopping) {
      if (stopping && Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info('all workers stopped');
        process.exit(0);
      }
      return;
    }
    const now = Date.now();
    recentCrashes.push(now);
    while (recentCrashes[0]! < now - 60_000) recentCrashes.shift();
    logger.error({ pid: worker.process.pid, code, signal }, 'vault worker died');
    if (recentCrashes.length > count * 3) {
      logger.fatal('vault workers keep dying; giving up');
      process.exit(1);
    }
    setTimeout(() => void fork(), 1000).unref();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'stopping vault workers');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    // The workers cap their own drain; this only catches one that hangs.
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      process.exit(1);
    }, 30_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  let rolling = false;
  process.on('SIGHUP', () => {
    if (rolling || stopping) return;
    rolling = true;
    void (async () => {
      for (const old of Object.values(cluster.workers ?? {})) {
        if (!old || stopping) continue;
        if ((await fork()).isDead()) {
          logger.error('a new worker did not start; rolling restart stopped');
          break;
        }
        retiring.add(old);
        old.process.kill('SIGTERM');
        await new Promise((resolve) => old.once('exit', resolve));
      }
      rolling = false;
      logger.info('rolling restart done');
    })();
  });

  logger.info({ workers: count }, 'starting vault workers');
  for (let i = 0; i < count; i += 1) void fork();
}
