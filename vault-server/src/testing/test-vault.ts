import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../config/vault-config.ts';
import { Keyring } from '../crypto/keyring.ts';
import { AES_GCM_CIPHER } from '../crypto/record-cipher.ts';
import { openTestEngine, type TestEngine } from '../storage/testing/test-engines.ts';
import { createVaultContext, type VaultContext } from '../vault-context.ts';

export interface TestVault {
  ctx: VaultContext;
  engine: TestEngine;
  masterKeyFile: string;
  dispose(): Promise<void>;
}

/** A real vault context (real engine, real AES-GCM, a master key in a temp folder) for service tests. */
export async function openTestVault(engine: 'sqlite' | 'postgres'): Promise<TestVault> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-keys-'));
  const masterKeyFile = path.join(dir, 'master.key');
  const env = await openTestEngine(engine);
  const config = loadConfig(
    {},
    {
      dataDir: dir,
      masterKeyFile,
      logLevel: 'silent',
      // The test sites are on the loopback interface; limits have tests of their own.
      allowLoopbackClients: true,
      oauthRateLimit: 100_000,
      clientFetchRateLimit: 100_000,
    },
  );
  const keyring = new Keyring({ file: masterKeyFile, generate: true });
  const ctx = createVaultContext(
    config,
    env.storage,
    keyring,
    AES_GCM_CIPHER,
    pino({ level: 'silent' }),
  );
  return {
    ctx,
    engine: env,
    masterKeyFile,
    async dispose() {
      await env.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const T0 = '2024-01-01T00:00:00.000Z';

/** Creates an account with its pod directly in storage (sign-up is tested over HTTP). */
export async function createTestPod(ctx: VaultContext, podName: string): Promise<string> {
  const id = `acc-${podName}`;
  await ctx.storage.accounts.create({
    id,
    podName,
    displayName: podName,
    userHandle: `uh-${podName}`,
    createdAt: T0,
  });
  return id;
}

/** Taken once, so a record built twice in one run (a retry with the same key) is the same record. */
const STARTED = Date.now();

/**
 * A time `days` before the test run (whole hours of UTC), for records a test stores: the vault
 * refuses a record already past its category's retention (loans: two years), so fixed dates expire.
 */
export function daysAgo(days: number, hour = 10): string {
  const at = new Date(STARTED - days * 86_400_000);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString();
}

/** A valid loan record whose title carries a marker string (for plaintext scans). */
export function loanRecord(title: string, time = daysAgo(30)) {
  return {
    time,
    source: { type: 'person' },
    item: { id: 'book-1', title, kind: 'book' },
    data: { action: 'borrowed', branch: 'Permeke' },
  };
}

/** A ticket for a chamber concert of the demo catalogue (act-00041), bought `time`. */
export function concertTicketRecord(time = daysAgo(40)) {
  return {
    time,
    source: { type: 'person' },
    item: {
      id: 'act-00041',
      title: 'Kamermuziek: Schnittke',
      kind: 'activity',
      medium: 'listen',
      termIds: ['0.50.4.0.0', '1.8.1.0.0'],
      genres: ['klassiek', 'kamermuziek'],
      venueId: 'venue-cc-luchtbal',
    },
    data: { quantity: 1, priceEur: 18 },
  };
}
