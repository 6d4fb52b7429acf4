import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresEnabled } from '../../vault-server/src/storage/testing/test-engines.ts';
import { verifyAudit } from '../../vault-server/src/audit/verify-audit.ts';
import {
  loan,
  startCluster,
  type SignedIn,
  type VaultCluster,
  type VaultProcess,
} from './vault-processes.ts';

const enabled = await postgresEnabled();

/**
 * Issue 13, item 1: the read-audit batcher of each process appends entries of several pods in one
 * transaction; two processes locking the chain heads in arrival order deadlock.
 */
describe.runIf(enabled)(
  'two vault processes serving reads of two pods',
  { timeout: 120_000 },
  () => {
    let cluster: VaultCluster;
    let vaults: VaultProcess[];
    const pods: { who: SignedIn; id: string }[] = [];

    beforeAll(async () => {
      cluster = await startCluster();
      vaults = await cluster.start(2);
      for (const name of ['ada', 'bert']) {
        const who = await cluster.signUp(name);
        const created = await fetch(`${vaults[0]!.url}/pods/${name}/loans/`, {
          method: 'POST',
          headers: who.headers(),
          body: JSON.stringify(loan(`${name}-book`)),
        });
        expect(created.status).toBe(201);
        pods.push({ who, id: created.headers.get('location')!.split('/').pop()! });
      }
    });
    afterAll(async () => cluster?.dispose());

    it('audit batcher deadlock: concurrent reads through two processes never answer 500', async () => {
      const statuses = new Map<number, number>();
      // 10 clients per process, each alternating between the two pods: batches mix both pods.
      const client = async (vault: VaultProcess, offset: number) => {
        for (let i = 0; i < 30; i += 1) {
          const { who, id } = pods[(i + offset) % 2]!;
          const response = await fetch(`${vault.url}/pods/${who.pod}/loans/${id}`, {
            headers: { cookie: who.cookie, accept: 'application/json' },
          });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }
      };
      await Promise.all(
        vaults.flatMap((vault) => Array.from({ length: 10 }, (_, c) => client(vault, c))),
      );
      expect(Object.fromEntries(statuses)).toEqual({ 200: 600 });
      const storage = await cluster.storage();
      const report = await verifyAudit(storage);
      expect(report.problems).toEqual([]);
    });
  },
);
