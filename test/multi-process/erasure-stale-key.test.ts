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
 * Issue 13, item 2: erasing a category through process A while process B still holds the old data
 * key in memory. B then sealed new records with the destroyed key (acknowledged 201) and from then on
 * the category answered 500 crypto_error on every process, for good.
 */
describe.runIf(enabled)(
  'erasure through one process while another caches the data key',
  { timeout: 120_000 },
  () => {
    let cluster: VaultCluster;
    let a: VaultProcess;
    let b: VaultProcess;
    let ada: SignedIn;

    beforeAll(async () => {
      cluster = await startCluster();
      [a, b] = (await cluster.start(2)) as [VaultProcess, VaultProcess];
      ada = await cluster.signUp('ada');
    });
    afterAll(async () => cluster?.dispose());

    const post = (vault: VaultProcess, title: string) =>
      fetch(`${vault.url}/pods/ada/loans/`, {
        method: 'POST',
        headers: ada.headers(),
        body: JSON.stringify(loan(title)),
      });
    const list = async (vault: VaultProcess) => {
      const response = await fetch(`${vault.url}/pods/ada/loans/`, {
        headers: { cookie: ada.cookie, accept: 'application/json' },
      });
      return { status: response.status, text: await response.text() };
    };

    it('stale data key after erasure: records written through the other process stay readable everywhere', async () => {
      // B seals with (and caches) the category's first data key.
      expect((await post(b, 'before')).status).toBe(201);
      // A erases the category: records and data keys are destroyed.
      const erased = await fetch(`${a.url}/pods/ada/loans/`, {
        method: 'DELETE',
        headers: ada.headers(),
      });
      expect(erased.status).toBeLessThan(300);
      // A writes first: the category gets a new data key under the same version number.
      expect((await post(a, 'after-a')).status).toBe(201);
      // B writes: it must not seal with the destroyed key it still remembers.
      const fromB = await post(b, 'after-b');
      expect(fromB.status).toBe(201);

      for (const vault of [a, b]) {
        const { status, text } = await list(vault);
        expect(status, text).toBe(200);
        expect(text).toContain('after-a');
        expect(text).toContain('after-b');
        expect(text).not.toContain('"before"');
        const record = await fetch(
          fromB.headers.get('location')!.replace(/^https?:\/\/[^/]+/, vault.url),
          {
            headers: { cookie: ada.cookie, accept: 'application/json' },
          },
        );
        expect(record.status).toBe(200);
      }
    });
  },
);
