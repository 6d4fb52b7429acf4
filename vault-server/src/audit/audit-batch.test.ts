import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SqlDriver, SqlExecutor } from '../storage/sql-driver.ts';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { createTestPod, openTestVault, type TestVault } from '../testing/test-vault.ts';
import { AuditBatcher } from './audit-batcher.ts';
import { appendAudit, OWNER, readAudit, type AuditEvent } from './audit-log.ts';
import { verifyAudit } from './verify-audit.ts';

const describeEachEngine = await engineSuites();

const read = (pod: string): AuditEvent => ({
  actor: { type: 'client', clientId: 'https://bib.example/client.json' },
  action: 'record-read',
  category: 'loans',
  recordIds: [`${pod}-r1`],
});

/** Counts the statements the driver runs while `fn` runs, inside (nested) transactions too. */
async function statementsOf(driver: SqlDriver, fn: () => Promise<void>): Promise<number> {
  let count = 0;
  const counted = (executor: SqlExecutor): SqlExecutor => {
    const wrapped: SqlExecutor = {
      dialect: executor.dialect,
      all: (sql, params) => {
        count += 1;
        return executor.all(sql, params);
      },
      run: (sql, params) => {
        count += 1;
        return executor.run(sql, params);
      },
      transaction: (body) =>
        executor.transaction((tx) => body(tx === executor ? wrapped : counted(tx))),
    };
    return wrapped;
  };
  const { all, run, transaction } = driver;
  const original: SqlExecutor = { dialect: driver.dialect, all, run, transaction };
  Object.assign(driver, counted(original));
  try {
    await fn();
  } finally {
    Object.assign(driver, { all, run, transaction });
  }
  return count;
}

describeEachEngine('audit entries of many pods in one batch on %s', (engine) => {
  let vault: TestVault;
  const pods = Array.from({ length: 12 }, (_, i) => `batch-${String(i).padStart(2, '0')}`);

  beforeAll(async () => {
    vault = await openTestVault(engine);
    for (const pod of pods) {
      await createTestPod(vault.ctx, pod);
      await appendAudit(vault.ctx.storage, pod, { actor: OWNER, action: 'sign-in' });
    }
  });
  afterAll(async () => vault?.dispose());

  it('chains reads of many pods, and of a pod without a head yet, in one group commit', async () => {
    const batcher = new AuditBatcher(vault.ctx.storage);
    const fresh = 'batch-fresh';
    await createTestPod(vault.ctx, fresh);
    // Reverse order on purpose: heads are taken in pod order whatever order the reads came in.
    await Promise.all(
      [...pods, fresh]
        .reverse()
        .flatMap((pod) => [batcher.append(pod, read(pod)), batcher.append(pod, read(pod))]),
    );
    for (const pod of pods)
      expect((await readAudit(vault.ctx.storage, pod, -1, 10)).map((e) => e.seq)).toEqual([
        0, 1, 2,
      ]);
    expect((await readAudit(vault.ctx.storage, fresh, -1, 10)).map((e) => e.seq)).toEqual([0, 1]);
    const report = await verifyAudit(vault.ctx.storage);
    expect(report.problems).toEqual([]);
  });

  it('costs the same number of statements for 2 pods as for 12 (not three per pod)', async () => {
    const batcher = new AuditBatcher(vault.ctx.storage);
    const driver = vault.ctx.storage.driver;
    const two = await statementsOf(driver, async () => {
      await Promise.all(pods.slice(0, 2).map((pod) => batcher.append(pod, read(pod))));
    });
    const twelve = await statementsOf(driver, async () => {
      await Promise.all(pods.map((pod) => batcher.append(pod, read(pod))));
    });
    expect(twelve).toBe(two);
    expect(twelve).toBeLessThanOrEqual(4);
    expect((await verifyAudit(vault.ctx.storage)).problems).toEqual([]);
  });
});
