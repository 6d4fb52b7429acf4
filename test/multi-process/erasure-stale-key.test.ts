import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlRow, SqlValue } from '../../vault-server/src/storage/sql-driver.ts';
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
 *
 * Review finding (rev-g): the category's next key took the destroyed key's version number again, so a
 * backup copy of an erased record fitted the new key row and B opened it with the key it remembered.
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
      // A writes first: the category gets a new data key (under a new version number).
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

    const COLUMNS =
      'pod, id, category, time, key_version, nonce, ciphertext, etag, idempotency_key, created_at, updated_at';
    /** Puts a row copied before an erasure back, as a restored backup would (false: refused). */
    const putBack = async (row: SqlRow, keyVersion = row.key_version) => {
      const db = await cluster.storage();
      const values = COLUMNS.split(', ').map((column) =>
        column === 'key_version' ? keyVersion : row[column],
      );
      return db.driver
        .run(
          `INSERT INTO records (${COLUMNS}) VALUES (${COLUMNS.replace(/\w+/g, '?')})`,
          values as SqlValue[],
        )
        .then(
          () => true,
          () => false,
        );
    };
    const backupOf = async (pod: string, location: string | null) => {
      const db = await cluster.storage();
      const id = location!.split('/').pop()!;
      const [row] = await db.driver.all('SELECT * FROM records WHERE pod = ? AND id = ?', [
        pod,
        id,
      ]);
      expect(row).toBeDefined();
      return { id, row: row! };
    };
    const keyVersions = async (pod: string) => {
      const db = await cluster.storage();
      return (await db.dataKeys.list(pod)).map((key) => key.version);
    };
    const read = async (vault: VaultProcess, who: SignedIn, id: string) => {
      const response = await fetch(`${vault.url}/pods/${who.pod}/loans/${id}`, {
        headers: { cookie: who.cookie, accept: 'application/json' },
      });
      return { status: response.status, text: await response.text() };
    };

    it('no process opens a backup copy of an erased category (review finding: a data key destroyed by erasure kept working in another process that cached it, as the next key took its version number)', async () => {
      const cleo = await cluster.signUp('cleo');
      // B seals the record and keeps its data key in memory; the operator's backup copies the row.
      const created = await fetch(`${b.url}/pods/cleo/loans/`, {
        method: 'POST',
        headers: cleo.headers(),
        body: JSON.stringify(loan('erased-secret-title')),
      });
      expect(created.status).toBe(201);
      const { id, row } = await backupOf('cleo', created.headers.get('location'));
      const erased = await fetch(`${a.url}/pods/cleo/loans/`, {
        method: 'DELETE',
        headers: cleo.headers(),
      });
      expect(erased.status).toBe(200);
      // A new loan through A: the category gets a new data key, under a version never used before.
      const next = await fetch(`${a.url}/pods/cleo/loans/`, {
        method: 'POST',
        headers: cleo.headers(),
        body: JSON.stringify(loan('new')),
      });
      expect(next.status).toBe(201);

      // The backup row comes back; the database refuses it, as it names a key that no longer exists.
      const restored = await putBack(row);
      const reads = [await read(a, cleo, id), await read(b, cleo, id)];
      for (const { text } of reads) expect(text).not.toContain('erased-secret-title');
      expect(reads.map(({ status }) => status)).toEqual([404, 404]);
      expect(restored).toBe(false);
      const [live] = await keyVersions('cleo');
      expect(live).not.toBe(Number(row.key_version));
      // Even tagged with the live key (someone with write access to the database), it stays sealed.
      expect(await putBack(row, live)).toBe(true);
      for (const vault of [a, b]) {
        const { status, text } = await read(vault, cleo, id);
        expect(text).not.toContain('erased-secret-title');
        expect(status).toBe(500);
      }
    });

    it('no process opens a backup copy of an erased account under its pod name taken again (review finding: a data key destroyed by erasure kept working in another process that cached it, as the next key took its version number)', async () => {
      const bob = await cluster.signUp('bob');
      const created = await fetch(`${b.url}/pods/bob/loans/`, {
        method: 'POST',
        headers: bob.headers(),
        body: JSON.stringify(loan('bobs-erased-loan')),
      });
      expect(created.status).toBe(201);
      const { id, row } = await backupOf('bob', created.headers.get('location'));
      const erased = await fetch(`${a.url}/pods/bob`, {
        method: 'DELETE',
        headers: bob.headers(),
        body: JSON.stringify({ confirm: 'bob' }),
      });
      expect(erased.status).toBe(204);
      // Someone else takes the name and writes a loan through A.
      const newBob = await cluster.signUp('bob');
      const next = await fetch(`${a.url}/pods/bob/loans/`, {
        method: 'POST',
        headers: newBob.headers(),
        body: JSON.stringify(loan('new-bob')),
      });
      expect(next.status).toBe(201);
      const restored = await putBack(row);
      for (const vault of [a, b]) {
        const { text } = await read(vault, newBob, id);
        expect(text).not.toContain('bobs-erased-loan');
      }
      expect(restored).toBe(false);
      expect(await keyVersions('bob')).not.toContain(Number(row.key_version));
    });
  },
);
