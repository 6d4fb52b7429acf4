import { oauthRoutes } from './oauth/index.ts';
import { startVault } from './start-vault.ts';

/** `node --import tsx vault-server/src/main.ts`: the vault alone, configured from the environment. */
const vault = await startVault({ routes: [oauthRoutes()] });
const stop = (signal: string) => {
  vault.context.logger.info({ signal }, 'shutting down');
  vault.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', () => stop('SIGTERM'));
process.once('SIGINT', () => stop('SIGINT'));
