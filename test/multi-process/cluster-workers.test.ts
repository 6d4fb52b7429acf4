import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresEnabled } from '../../vault-server/src/storage/testing/test-engines.ts';
import { loan, startCluster, type SignedIn, type VaultCluster } from './vault-processes.ts';

const enabled = await postgresEnabled();

const readyPids = (logs: string): number[] =>
  logs
    .split('\n')
    .filter((line) => line.includes('"msg":"vault ready"'))
    .map((line) => (JSON.parse(line) as { pid: number }).pid);

/** Issue 13: several vault processes behind one address (VAULT_WORKERS, Node's cluster module). */
describe.runIf(enabled)('a clustered vault (VAULT_WORKERS=2)', { timeout: 120_000 }, () => {
  let cluster: VaultCluster;
  let ada: SignedIn;
  beforeAll(async () => {
    cluster = await startCluster();
    ada = await cluster.signUp('ada');
  });
  afterAll(async () => cluster?.dispose());

  it('serves from two workers on one port, restarts them one by one on SIGHUP and drains on SIGTERM', async () => {
    const vault = await cluster.spawn({ VAULT_WORKERS: '2' });
    await vault.healthy();
    const until = async (test: () => boolean) => {
      for (let i = 0; i < 600 && !test(); i += 1)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(test(), vault.logs()).toBe(true);
    };
    await until(() => new Set(readyPids(vault.logs())).size === 2);
    const write = async (title: string) =>
      (
        await fetch(`${vault.url}/pods/ada/loans/`, {
          method: 'POST',
          headers: ada.headers(),
          body: JSON.stringify(loan(title)),
        })
      ).status;
    expect(await write('one')).toBe(201);

    vault.child.kill('SIGHUP');
    await until(() => vault.logs().includes('rolling restart done'));
    expect(new Set(readyPids(vault.logs())).size).toBe(4);
    expect(await write('two')).toBe(201);

    expect(await vault.stop()).toBe(0);
    const db = await cluster.storage();
    const [row] = await db.driver.all('SELECT COUNT(*) AS n FROM records');
    expect(Number(row!.n)).toBe(2);
  });
});
