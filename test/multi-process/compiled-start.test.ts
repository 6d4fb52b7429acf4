import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresEnabled } from '../../vault-server/src/storage/testing/test-engines.ts';
import { loan, ROOT, startCluster, type VaultCluster } from './vault-processes.ts';

const enabled = await postgresEnabled();

/** Issue 13: `npm start` in production runs the compiled vault (built on first start, ignored by git). */
describe.runIf(enabled)('npm start in production', { timeout: 120_000 }, () => {
  let cluster: VaultCluster;
  beforeAll(async () => {
    cluster = await startCluster();
  });
  afterAll(async () => cluster?.dispose());

  it('builds vault-server/dist when needed and serves from it, leaving tracked files alone', async () => {
    const status = () => execFileSync('git', ['status', '--porcelain'], { cwd: ROOT }).toString();
    const before = status();
    const vault = await cluster.spawn({}, [path.join(ROOT, 'scripts', 'start.mjs')]);
    await vault.healthy();
    const ada = await cluster.signUp('ada');
    const created = await fetch(`${vault.url}/pods/ada/loans/`, {
      method: 'POST',
      headers: ada.headers(),
      body: JSON.stringify(loan('compiled')),
    });
    expect(created.status, vault.logs()).toBe(201);
    const metadata = await fetch(`${vault.url}/.well-known/oauth-authorization-server`);
    expect(metadata.status).toBe(200);
    // Static assets are found from the compiled code too.
    for (const asset of ['/static/vault.css', '/static/simplewebauthn-browser.js'])
      expect((await fetch(`${vault.url}${asset}`)).status, asset).toBe(200);
    expect(await vault.stop()).toBe(0);
    expect(status()).toBe(before);
  });
});
