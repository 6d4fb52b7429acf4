import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { createTestPod, openTestVault, type TestVault } from '../testing/test-vault.ts';
import { appendAudit, OWNER, readAudit } from './audit-log.ts';
import { verifyAudit } from './verify-audit.ts';

const describeEachEngine = await engineSuites();

describeEachEngine('hash-chained audit log on %s', (engine) => {
  let vault: TestVault;
  const run = (sql: string, params: (string | number)[] = []) =>
    vault.ctx.storage.driver.run(sql, params);
  /** What someone with write access to the database files would do first. */
  const dropGuard = () =>
    engine === 'sqlite'
      ? run('DROP TRIGGER audit_log_append_only')
      : run('DROP TRIGGER audit_log_append_only ON audit_log');

  beforeAll(async () => {
    vault = await openTestVault(engine);
    for (const pod of ['anna', 'bert', 'carla']) {
      await createTestPod(vault.ctx, pod);
      await appendAudit(vault.ctx.storage, pod, { actor: OWNER, action: 'sign-in' });
      await appendAudit(vault.ctx.storage, pod, {
        actor: OWNER,
        action: 'record-created',
        category: 'loans',
        recordIds: ['r1'],
      });
      await appendAudit(vault.ctx.storage, pod, {
        actor: { type: 'client', clientId: 'https://bib.example/client.json' },
        action: 'record-read',
        category: 'loans',
        purpose: 'dpv:ProvideProductRecommendations',
        recordIds: ['r1'],
      });
      await appendAudit(vault.ctx.storage, pod, { actor: OWNER, action: 'export' });
    }
  });
  afterAll(async () => vault?.dispose());

  it('chains entries per pod and verifies clean', async () => {
    const entries = await readAudit(vault.ctx.storage, 'anna', -1, 100);
    expect(entries.map((e) => e.seq)).toEqual([0, 1, 2, 3]);
    expect(entries[1]!.prevHash).toBe(entries[0]!.hash);
    expect(entries[2]!.purpose).toBe('dpv:ProvideProductRecommendations');
    expect(await verifyAudit(vault.ctx.storage)).toEqual({ pods: 3, entries: 12, problems: [] });
  });

  it('refuses updates through the database guard', async () => {
    await expect(run("UPDATE audit_log SET detail = 'x' WHERE pod = 'anna'")).rejects.toThrow(
      /append-only/,
    );
  });

  it('finds a changed, a removed and a truncated entry', async () => {
    await dropGuard();
    await run("UPDATE audit_log SET action = 'sign-out' WHERE pod = 'anna' AND seq = 1");
    await run("DELETE FROM audit_log WHERE pod = 'bert' AND seq = 2");
    await run("DELETE FROM audit_log WHERE pod = 'carla' AND seq = 3");
    const report = await verifyAudit(vault.ctx.storage);
    expect(report.problems).toEqual([
      { pod: 'anna', seq: 1, problem: 'hash-mismatch' },
      { pod: 'bert', seq: 2, problem: 'missing-entries' },
      { pod: 'bert', seq: 3, problem: 'broken-link' },
      { pod: 'carla', seq: 3, problem: 'truncated' },
    ]);
  });
});
