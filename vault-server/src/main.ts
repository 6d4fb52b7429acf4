import { oauthRoutes } from './oauth/index.ts';
import { startVault } from './start-vault.ts';

/** `node --import tsx vault-server/src/main.ts`: the vault alone, configured from the environment. */
const vault = await startVault({ routes: [oauthRoutes()] });
let stopping = false;
const stop = (signal: string) => {
  // A second signal while draining means "now".
  if (stopping) process.exit(1);
  stopping = true;
  vault.context.logger.info({ signal }, 'shutting down');
  vault.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
