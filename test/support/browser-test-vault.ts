import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { RouteMount } from '../../vault-server/src/http/create-app.ts';
import { oauthRoutes, startVault, type RunningVault } from '../../vault-server/src/index.ts';

export interface BrowserTestVault {
  vault: RunningVault;
  close(): Promise<void>;
}

/**
 * An empty vault on SQLite in a temporary folder, with OAuth, for a browser test: the person starts
 * from nothing. The demo sites identify with client documents on the loopback interface, so that
 * development setting is on. `port` 0 is any free port (the extension's tests need 4800); `routes`
 * are mounted besides OAuth (the insight routes, say).
 */
export async function startBrowserTestVault(
  name: string,
  port = 0,
  routes: RouteMount[] = [],
): Promise<BrowserTestVault> {
  const dataDir = mkdtempSync(join(tmpdir(), `verwonder-${name}-`));
  const vault = await startVault({
    env: {},
    config: {
      port,
      dataDir,
      sqliteFile: join(dataDir, 'vault.sqlite'),
      masterKeyFile: join(dataDir, 'master.key'),
      purgeIntervalMinutes: 0,
      allowLoopbackClients: true,
    },
    logger: pino({ level: 'silent' }),
    routes: [oauthRoutes(), ...routes],
  });
  return {
    vault,
    async close() {
      await vault.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
