import { NewCulturalRecord } from '@verwonder/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendAudit, appendAuditBatch, OWNER, type AuditEvent } from '../audit/audit-log.ts';
import { verifyAudit } from '../audit/verify-audit.ts';
import { insertRecord } from '../resources/record-service.ts';
import { openStorage } from '../storage/open-storage.ts';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import type { VaultStorage } from '../storage/vault-storage.ts';
import {
  createTestPod,
  daysAgo,
  loanRecord,
  openTestVault,
  type TestVault,
} from '../testing/test-vault.ts';
import { purgeExpired } from './retention.ts';

const describeEachEngine = await engineSuites();

/** Byte order puts 'a-c' first; a collation that ignores punctuation (glibc en_US) puts 'ab' first. */
const PODS = ['a-c', 'ab'] as const;
const read: AuditEvent = { actor: OWNER, action: 'records-listed', category: 'loans' };
const expiredLoan = (title: string) =>
  NewCulturalRecord.parse({ category: 'loans', ...loanRecord(title, daysAgo(3 * 365)) });
const readBoth = (storage: VaultStorage) =>
  appendAuditBatch(storage, new Map(PODS.map((pod) => [pod, [{ event: read, at: new Date() }]])));

describeEachEngine('chain heads locked by the purge and the read audit on %s', (engine) => {
  let vault: TestVault;
  /** A second vault process on the same database (PostgreSQL); SQLite has one process. */
  let other: VaultStorage;

  beforeAll(async () => {
    vault = await openTestVault(engine);
    other = engine === 'postgres' ? await openStorage(vault.engine.target) : vault.ctx.storage;
    if (engine === 'postgres') {
      // The database's collation, as on a Debian/Ubuntu cluster (en_US.UTF-8): punctuation ignored.
      await vault.ctx.storage.driver.run(
        "CREATE COLLATION ignore_punctuation (provider = icu, locale = 'en-US-u-ka-shifted')",
      );
      await vault.ctx.storage.driver.run(
        'ALTER TABLE audit_heads ALTER COLUMN pod TYPE TEXT COLLATE ignore_punctuation',
      );
    }
    for (const pod of PODS) {
      await createTestPod(vault.ctx, pod);
      await appendAudit(vault.ctx.storage, pod, { actor: OWNER, action: 'account-created' });
    }
  });
  afterAll(async () => {
    if (other !== vault?.ctx.storage) await other?.close();
    await vault?.dispose();
  });

  const addExpiredLoans = async (title: string) => {
    for (const pod of PODS)
      await insertRecord(vault.ctx, vault.ctx.storage, pod, expiredLoan(title));
  };

  /**
   * Holds the head of 'ab' in another transaction, runs `path` until it waits for that head, and
   * answers which heads `path` holds meanwhile: a path that locks in byte order holds 'a-c' already.
   */
  const heldWhileWaitingForAb = async (path: () => Promise<unknown>): Promise<string[]> => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: (pid: number) => void;
    const held = new Promise<number>((resolve) => (holding = resolve));
    const blocking = other.driver.transaction(async (tx) => {
      await tx.all("SELECT pod FROM audit_heads WHERE pod = 'ab' FOR UPDATE");
      const [row] = await tx.all('SELECT pg_backend_pid() AS pid');
      holding(Number(row!.pid));
      await released;
    });
    const blocker = await held;
    const running = path();
    try {
      const started = Date.now();
      for (;;) {
        const [row] = await vault.ctx.storage.driver.all(
          'SELECT count(*) AS n FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid))',
          [blocker],
        );
        if (Number(row!.n) > 0) break;
        if (Date.now() - started > 5000)
          throw new Error('the path never waited for the head of ab');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const free = await vault.ctx.storage.driver.all(
        "SELECT pod FROM audit_heads WHERE pod IN ('a-c', 'ab') FOR UPDATE SKIP LOCKED",
      );
      const freePods = new Set(free.map((row) => row.pod));
      return PODS.filter((pod) => pod !== 'ab' && !freePods.has(pod));
    } finally {
      release();
      await blocking;
      await running;
    }
  };

  it.runIf(engine === 'postgres')(
    'the purge and the read-audit batch lock heads in byte order whatever the collation (review finding: purge and reads deadlock on a non-byte-order collation)',
    async () => {
      // The column really sorts the other way round, so this test means something.
      const sorted = await vault.ctx.storage.driver.all(
        "SELECT pod FROM audit_heads WHERE pod IN ('a-c', 'ab') ORDER BY pod",
      );
      expect(sorted.map((row) => row.pod)).toEqual(['ab', 'a-c']);

      expect(await heldWhileWaitingForAb(() => readBoth(other))).toEqual(['a-c']);
      await addExpiredLoans('locked');
      expect(await heldWhileWaitingForAb(() => purgeExpired(vault.ctx))).toEqual(['a-c']);
    },
  );

  it('the purge and reads of the same pods from another process never deadlock (review finding: purge and reads deadlock on a non-byte-order collation)', async () => {
    const failures: unknown[] = [];
    for (let round = 0; round < 4; round++) {
      await addExpiredLoans(`round-${round}`);
      let purging = true;
      const purge = purgeExpired(vault.ctx)
        .then((results) => expect(results.map((r) => r.pod).sort()).toEqual([...PODS]))
        .catch((error: unknown) => failures.push(error))
        .finally(() => (purging = false));
      const reads = (async () => {
        while (purging) await readBoth(other).catch((error: unknown) => failures.push(error));
      })();
      await Promise.all([purge, reads]);
    }
    expect(failures).toEqual([]);
    expect((await verifyAudit(vault.ctx.storage)).problems).toEqual([]);
  });
});
