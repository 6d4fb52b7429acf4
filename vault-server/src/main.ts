import cluster from 'node:cluster';
import { runPrimary, WORKER_READY, workerCount } from './cluster-primary.ts';
import { insightRoutes } from './insight/vault/insight-routes.ts';
import { insightClientFromEnv } from './insight/vault/insight-client-env.ts';
import { oauthRoutes } from './oauth/index.ts';
import { startVault } from './start-vault.ts';
import { startStreamConsumer } from './streams/stream-consumer.ts';
import { streamConfigFromEnv } from './streams/stream-config.ts';

/**
 * `node --import tsx vault-server/src/main.ts` (or the compiled vault-server/dist/main.js): the vault
 * alone, configured from the environment; with VAULT_WORKERS > 1 a primary forks that many. The city
 * stream is consumed inside the vault when VAULT_NATS_URL is set, insight reports are sent when the
 * aggregators are (VAULT_INSIGHT_LEADER_URL, VAULT_INSIGHT_HELPER_URL).
 */
const workers = workerCount();
if (workers > 1 && cluster.isPrimary) runPrimary(workers);
else {
  // With VAULT_INSIGHT_LEADER_URL and _HELPER_URL set, opted-in pods report weekly to those aggregators.
  const insight = insightClientFromEnv(process.env);
  const vault = await startVault({
    routes: [
      oauthRoutes(),
      ...(insight
        ? [
            insightRoutes(insight.client, {
              reportIntervalSeconds: insight.reportIntervalSeconds,
            }),
          ]
        : []),
    ],
  });
  const streamConfig = streamConfigFromEnv(process.env);
  // Never awaited for NATS: the vault serves while the consumer connects (and reconnects) by itself.
  const consumer = streamConfig && startStreamConsumer(vault.context, streamConfig);
  // Listening is not ready (its modules open after the port): a rolling restart retires the old
  // worker only on this message.
  if (cluster.isWorker) process.send?.(WORKER_READY);
  let stopping = false;
  const stop = (signal: string) => {
    // A second signal while draining means "now".
    if (stopping) process.exit(1);
    stopping = true;
    vault.context.logger.info({ signal }, 'shutting down');
    Promise.resolve(consumer?.stop())
      .then(() => vault.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  // A worker hears Ctrl-C with its primary, which passes it on as SIGTERM: act on that one only.
  process.on('SIGINT', () => (cluster.isWorker ? undefined : stop('SIGINT')));
}
