import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { TestInsight } from '../../vault-server/src/insight/testing/test-insight.ts';
import { insightRoutes } from '../../vault-server/src/insight/vault/insight-routes.ts';
import { startVault, type RunningVault } from '../../vault-server/src/start-vault.ts';
import { createTestTarget } from '../../vault-server/src/storage/testing/test-engines.ts';

export interface InsightVault {
  vault: RunningVault;
  dispose(): Promise<void>;
}

/**
 * A vault on a fresh database that reports to `insight`'s aggregators (no timer: tests call
 * `reportWeek` themselves), its upload key trusted by them as vault `v`.
 */
export async function startInsightVault(
  engine: 'sqlite' | 'postgres',
  insight: TestInsight,
): Promise<InsightVault> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'insight-vault-'));
  const made = await createTestTarget(engine);
  const vault = await startVault({
    env: {},
    config: {
      port: 0,
      dataDir,
      masterKeyFile: path.join(dataDir, 'master.key'),
      sqliteFile: path.join(dataDir, 'vault.sqlite'),
      purgeIntervalMinutes: 0,
    },
    storage:
      made.target.engine === 'sqlite'
        ? { engine: 'sqlite', file: path.join(dataDir, 'vault.sqlite') }
        : made.target,
    logger: pino({ level: 'silent' }),
    routes: [
      insightRoutes(
        { leaderUrl: insight.leader.url, helperUrl: insight.helper.url },
        { reportIntervalSeconds: 0 },
      ),
    ],
  });
  const key = (await (await fetch(new URL('/insight/upload-key', vault.url))).json()) as {
    jwk: unknown;
  };
  await insight.trustVault('v', key.jwk);
  return {
    vault,
    async dispose() {
      await vault.close();
      await made.cleanup();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
