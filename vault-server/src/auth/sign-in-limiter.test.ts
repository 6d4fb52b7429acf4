import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { VaultConfig } from '../config/vault-config.ts';
import { startVault, type RunningVault } from '../start-vault.ts';
import type { StorageTarget } from '../storage/open-storage.ts';
import { createTestTarget, postgresEnabled } from '../storage/testing/test-engines.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A vault process of its own (own server, own connection pool) on the given database. */
async function vaultOn(target: StorageTarget, config: Partial<VaultConfig>): Promise<RunningVault> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-limits-'));
  const vault = await startVault({
    env: {},
    config: {
      port: 0,
      dataDir,
      masterKeyFile: path.join(dataDir, 'master.key'),
      sqliteFile: path.join(dataDir, 'vault.sqlite'),
      purgeIntervalMinutes: 0,
      ...config,
    },
    storage: target,
    logger: pino({ level: 'silent' }),
  });
  cleanups.push(async () => {
    await vault.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return vault;
}

async function database(engine: 'sqlite' | 'postgres'): Promise<StorageTarget> {
  const { target, cleanup } = await createTestTarget(engine);
  cleanups.push(cleanup);
  return target;
}

const signInOptions = (vault: RunningVault, headers: Record<string, string> = {}) =>
  fetch(`${vault.url}/auth/login/options`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: '{}',
  });

describe.runIf(await postgresEnabled())('limits multiplied', () => {
  it('shares one sign-in limit between two vault processes on one PostgreSQL database', async () => {
    const target = await database('postgres');
    const first = await vaultOn(target, { authRateLimit: 4 });
    const second = await vaultOn(target, { authRateLimit: 4 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await signInOptions(first)).status);
      statuses.push((await signInOptions(second)).status);
    }
    // A per-process limit would let 4 + 4 through; the shared one lets 4 through in all.
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const refused = await signInOptions(first);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ status: 429, code: 'rate_limited' });
  });
});

describe('the client address a limit counts against', () => {
  it('ignores X-Forwarded-For unless a proxy is trusted (the default trusts none)', async () => {
    const vault = await vaultOn(await database('sqlite'), { authRateLimit: 2 });
    const statuses: number[] = [];
    for (const forwarded of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
      statuses.push((await signInOptions(vault, { 'x-forwarded-for': forwarded })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('counts per forwarded client address behind a trusted proxy', async () => {
    const vault = await vaultOn(await database('sqlite'), {
      authRateLimit: 2,
      trustProxy: ['loopback'],
    });
    const statuses: number[] = [];
    for (const forwarded of ['198.51.100.1', '198.51.100.1', '198.51.100.1', '198.51.100.2'])
      statuses.push((await signInOptions(vault, { 'x-forwarded-for': forwarded })).status);
    expect(statuses).toEqual([200, 200, 429, 200]);
  });
});
