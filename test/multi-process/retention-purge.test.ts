import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit } from '../../vault-server/src/audit/audit-log.ts';
import { verifyAudit } from '../../vault-server/src/audit/verify-audit.ts';
import { postgresEnabled } from '../../vault-server/src/storage/testing/test-engines.ts';
import { loan, startCluster, type VaultCluster, type VaultProcess } from './vault-processes.ts';

const enabled = await postgresEnabled();
const PODS = 24;
const OLD = '2001-05-01T10:00:00Z';

/**
 * Issue 13, item 7: the retention purge went pod by pod (7 ms and 9 transactions per pod, about an
 * hour for a city) and every process ran it every hour with nothing preventing overlapping runs.
 */
describe.runIf(enabled)(
  'the retention purge with several vault processes',
  { timeout: 120_000 },
  () => {
    let cluster: VaultCluster;

    beforeAll(async () => {
      cluster = await startCluster();
      // Seed through one process without a purge timer: per pod two expired loans and a fresh one,
      // and every third pod keeps its loans for 100 years. The vault refuses a record already past
      // retention, so every pod keeps loans 100 years while its old ones go in; the others then fall
      // back to the default (no choice stored).
      const [seeder] = (await cluster.start(1)) as [VaultProcess];
      const fresh = new Date(Date.now() - 86_400_000).toISOString();
      const db = await cluster.storage();
      await Promise.all(
        Array.from({ length: PODS }, async (_, n) => {
          const who = await cluster.signUp(`p${String(n).padStart(3, '0')}`);
          const send = async (method: string, path: string, body: unknown, status: number) => {
            const response = await fetch(`${seeder.url}/pods/${who.pod}/${path}`, {
              method,
              headers: who.headers(),
              body: JSON.stringify(body),
            });
            expect(response.status).toBe(status);
          };
          await send('PUT', 'retention/loans', { days: 36500 }, 200);
          await send('POST', 'loans/', loan('old-1', OLD), 201);
          await send('POST', 'loans/', loan('old-2', OLD), 201);
          await send('POST', 'loans/', loan('fresh', fresh), 201);
          if (n % 3 !== 0)
            await db.driver.run('DELETE FROM retention WHERE pod = ? AND category = ?', [
              who.pod,
              'loans',
            ]);
        }),
      );
      await seeder.stop();
    });
    afterAll(async () => cluster?.dispose());

    it('overlapping purge runs: three processes started together purge every pod once, in one process', async () => {
      const vaults = await cluster.start(3, { VAULT_PURGE_INTERVAL_MINUTES: '60' });
      const db = await cluster.storage();
      const count = async () =>
        Number((await db.driver.all('SELECT COUNT(*) AS n FROM records'))[0]!.n);
      // Pods that keep loans for 100 years keep all three; the others keep the fresh one.
      const kept = Math.ceil(PODS / 3) * 3 + (PODS - Math.ceil(PODS / 3));
      for (let i = 0; i < 200 && (await count()) !== kept; i += 1)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await count()).toBe(kept);
      // Give the other processes' start-up runs time to (not) happen.
      await Promise.all(vaults.map((vault) => vault.healthy()));
      await new Promise((resolve) => setTimeout(resolve, 1000));

      const runners = vaults.filter((vault) => vault.logs().includes('retention purge finished'));
      expect(runners).toHaveLength(1);
      for (let n = 0; n < PODS; n += 1) {
        const pod = `p${String(n).padStart(3, '0')}`;
        const purges = (await readAudit(db, pod, -1, 1000)).filter(
          (entry) => entry.action === 'retention-purge',
        );
        if (n % 3 === 0) expect(purges).toEqual([]);
        else {
          expect(purges).toHaveLength(1);
          expect(purges[0]!.recordIds).toHaveLength(2);
        }
      }
      expect((await verifyAudit(db)).problems).toEqual([]);
    });
  },
);
