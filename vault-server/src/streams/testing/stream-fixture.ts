import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CulturalRecord, DATA_CATEGORY_IDS } from '@verwonder/shared';
import { pino } from 'pino';
import { loadConfig } from '../../config/vault-config.ts';
import { openVault } from '../../open-vault.ts';
import type { StorageTarget } from '../../storage/open-storage.ts';
import { createTestTarget } from '../../storage/testing/test-engines.ts';
import type { VaultContext } from '../../vault-context.ts';

export interface StreamFixture {
  ctx: VaultContext;
  target: StorageTarget;
  dataDir: string;
  masterKeyFile: string;
  /** Creates a pod (an account) directly in storage. */
  createPod(pod: string): Promise<void>;
  /** The idempotency keys of every record in the pod, read through the sealer, sorted. */
  recordKeys(pod: string): Promise<string[]>;
  dispose(): Promise<void>;
}

/** A vault context on a fresh test database with a master key in a temporary folder. */
export async function openStreamFixture(engine: 'sqlite' | 'postgres'): Promise<StreamFixture> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-stream-'));
  const masterKeyFile = path.join(dataDir, 'master.key');
  const { target, cleanup } = await createTestTarget(engine);
  const config = loadConfig({}, { dataDir, masterKeyFile, logLevel: 'silent' });
  const ctx = await openVault(config, {
    target,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  });
  return {
    ctx,
    target,
    dataDir,
    masterKeyFile,
    async createPod(pod) {
      await ctx.storage.accounts.create({
        id: `acc-${pod}`,
        podName: pod,
        displayName: pod,
        userHandle: `handle-${pod}`,
        createdAt: new Date().toISOString(),
      });
    },
    async recordKeys(pod) {
      const keys: string[] = [];
      for (const category of DATA_CATEGORY_IDS) {
        const rows = await ctx.storage.records.list(pod, category, { limit: 100_000 });
        for (const row of rows) {
          const record = CulturalRecord.parse(await ctx.sealer.open(ctx.storage, row));
          keys.push(record.idempotencyKey ?? `(no key) ${record.id}`);
        }
      }
      return keys.sort();
    },
    async dispose() {
      await ctx.storage.close();
      await cleanup();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
