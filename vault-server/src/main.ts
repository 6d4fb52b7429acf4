import { oauthRoutes } from './oauth/index.ts';
import { startVault } from './start-vault.ts';
import { startStreamConsumer } from './streams/stream-consumer.ts';
import { streamConfigFromEnv } from './streams/stream-config.ts';

/** `node --import tsx vault-server/src/main.ts`: the vault alone, configured from the environment. */
const vault = await startVault({ routes: [oauthRoutes()] });
// The city stream is consumed inside the vault when VAULT_NATS_URL is set.
const streamConfig = streamConfigFromEnv(process.env);
const consumer = streamConfig && (await startStreamConsumer(vault.context, streamConfig));
const stop = (signal: string) => {
  vault.context.logger.info({ signal }, 'shutting down');
  Promise.resolve(consumer?.stop())
    .then(() => vault.close())
    .then(
      () => process.exit(0),
      () => process.exit(1),
    );
};
process.once('SIGTERM', () => stop('SIGTERM'));
process.once('SIGINT', () => stop('SIGINT'));
