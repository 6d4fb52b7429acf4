import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresEnabled } from '../../vault-server/src/storage/testing/test-engines.ts';
import {
  loan,
  startCluster,
  type SignedIn,
  type VaultCluster,
  type VaultProcess,
} from './vault-processes.ts';

const enabled = await postgresEnabled();

/**
 * Issue 13: a record read takes the pod's retention choice from the statement that reads the record,
 * so a choice made through one process holds for the very next read through any other (no process
 * keeps it).
 */
describe.runIf(enabled)(
  'retention seen by reads across vault processes',
  { timeout: 120_000 },
  () => {
    let cluster: VaultCluster;
    let one: VaultProcess;
    let other: VaultProcess;
    let who: SignedIn;

    beforeAll(async () => {
      cluster = await startCluster();
      [one, other] = (await cluster.start(2)) as [VaultProcess, VaultProcess];
      who = await cluster.signUp('rita');
    });
    afterAll(async () => cluster?.dispose());

    const call = (vault: VaultProcess, method: string, path: string, body?: unknown) =>
      fetch(`${vault.url}/pods/${who.pod}/${path}`, {
        method,
        headers: who.headers(),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });

    it('a shorter retention set through one process hides the record from the other at once', async () => {
      const created = await call(one, 'POST', 'loans/', loan('De Avonden'));
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      expect((await call(other, 'GET', `loans/${id}`)).status).toBe(200);
      // The loan is a month old: a week's retention puts it past the cut-off.
      expect((await call(one, 'PUT', 'retention/loans', { days: 7 })).status).toBe(200);
      expect((await call(other, 'GET', `loans/${id}`)).status).toBe(404);
      expect((await call(one, 'PUT', 'retention/loans', { days: null })).status).toBe(200);
      expect((await call(other, 'GET', `loans/${id}`)).status).toBe(200);
    });
  },
);
