import { AUDIT_GENESIS_HASH, type AuditEntry } from '@verwonder/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { appendAudit, hashEntry, readAuditNewestFirst, toRow } from './audit-log.ts';
import { AuditQuery, auditFilterOf } from './audit-query.ts';
import { siteUses } from './site-uses.ts';
import { migrate } from '../storage/migrate.ts';
import { MIGRATIONS } from '../storage/migrations.ts';
import { openPostgresDriver } from '../storage/postgres-driver.ts';
import type { SqlDriver } from '../storage/sql-driver.ts';
import { openSqliteDriver } from '../storage/sqlite-driver.ts';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { createTestTarget } from '../storage/testing/test-engines.ts';
import { createVaultStorage, type VaultStorage } from '../storage/vault-storage.ts';

const FINDING = 'review finding: migration 9 fill untested';
const LIBRARY = 'https://library.example/client.json';

/** Actor texts as stored: one grant written with its keys in two orders, as older code did. */
const ACTORS = {
  owner: '{"type":"owner"}',
  library: `{"type":"client","clientId":"${LIBRARY}","grantId":"g-1"}`,
  libraryReordered: `{"clientId":"${LIBRARY}","type":"client","grantId":"g-1"}`,
  purge: '{"type":"system","job":"retention-purge"}',
};

const describeEachEngine = await engineSuites();

describeEachEngine('audit_uses filled from an existing log on %s', (engine) => {
  let driver: SqlDriver;
  let storage: VaultStorage;
  let cleanup: () => Promise<void>;
  let head = { seq: -1, hash: AUDIT_GENESIS_HASH };

  beforeEach(async () => {
    const test = await createTestTarget(engine);
    cleanup = test.cleanup;
    const { target } = test;
    driver =
      target.engine === 'sqlite'
        ? openSqliteDriver(target.file)
        : await openPostgresDriver({ connectionString: target.url, schema: target.schema });
    storage = createVaultStorage(driver);
    head = { seq: -1, hash: AUDIT_GENESIS_HASH };
  });
  afterEach(async () => {
    await driver.close();
    await cleanup();
  });

  /**
   * Appends as the code before migration 9 did: the log and its head, nothing else. The actor goes
   * in as the given text (the hash covers the parsed actor, as the verifier reads it).
   */
  const appendAsBefore = async (
    actor: string,
    action: string,
    category: string | null,
    time: string,
  ) => {
    const unhashed: Omit<AuditEntry, 'hash'> = {
      podId: 'anna',
      seq: head.seq + 1,
      time,
      actor: JSON.parse(actor) as AuditEntry['actor'],
      action: action as AuditEntry['action'],
      category: (category ?? undefined) as AuditEntry['category'],
      prevHash: head.hash,
    };
    const row = { ...toRow({ ...unhashed, hash: hashEntry(unhashed) }), actor };
    await driver.run(
      'INSERT INTO audit_log (pod, seq, time, actor, action, category, purpose, record_ids, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
        row.pod,
        row.seq,
        row.time,
        row.actor,
        row.action,
        row.category,
        row.purpose,
        row.recordIds,
        row.detail,
        row.prevHash,
        row.hash,
      ],
    );
    await driver.run(
      head.seq === -1
        ? 'INSERT INTO audit_heads (seq, hash, pod) VALUES (?, ?, ?)'
        : 'UPDATE audit_heads SET seq = ?, hash = ? WHERE pod = ?',
      [row.seq, row.hash, row.pod],
    );
    head = { seq: row.seq, hash: row.hash };
  };

  const find = async (query: Record<string, string>) => {
    const parsed = AuditQuery.parse({ order: 'desc', limit: '100', ...query });
    const entries = await readAuditNewestFirst(
      storage,
      'anna',
      undefined,
      100,
      auditFilterOf(parsed),
    );
    return entries.map((entry) => entry.seq);
  };

  it(`fills audit_uses from the log written before it, so the filters and counts find the old entries (${FINDING})`, async () => {
    await migrate(
      driver,
      MIGRATIONS.filter((migration) => migration.version < 9),
    );
    await appendAsBefore(ACTORS.owner, 'sign-in', null, '2025-01-01T08:00:00.000Z'); // 0
    await appendAsBefore(ACTORS.library, 'record-read', 'loans', '2025-01-02T09:00:00.000Z'); // 1
    await appendAsBefore(
      ACTORS.libraryReordered,
      'records-listed',
      'loans',
      '2025-02-03T10:00:00.000Z',
    ); // 2
    await appendAsBefore(ACTORS.purge, 'retention-purge', 'visits', '2025-03-04T03:00:00.000Z'); // 3
    await appendAsBefore(ACTORS.owner, 'retention-changed', 'visits', '2025-03-05T12:00:00.000Z'); // 4

    expect(await migrate(driver)).toContain(9);

    expect(await siteUses(storage, 'anna')).toEqual([
      { clientId: LIBRARY, grantId: 'g-1', uses: 2, lastUsedAt: '2025-02-03T10:00:00.000Z' },
    ]);
    expect(await find({ site: LIBRARY })).toEqual([2, 1]);
    expect(await find({ site: 'owner' })).toEqual([4, 0]);
    expect(await find({ site: 'system' })).toEqual([3]);
    expect(await find({ site: 'account' })).toEqual([]);
    expect(await find({ action: 'record-read' })).toEqual([1]);
    expect(await find({ category: 'visits' })).toEqual([4, 3]);
    expect(await find({ site: LIBRARY, from: '2025-02-01', to: '2025-02-28' })).toEqual([2]);

    // What is appended now adds to the filled counts.
    const { time } = await appendAudit(storage, 'anna', {
      actor: { type: 'client', clientId: LIBRARY, grantId: 'g-1' },
      action: 'record-read',
      category: 'loans',
    });
    expect(await siteUses(storage, 'anna')).toEqual([
      { clientId: LIBRARY, grantId: 'g-1', uses: 3, lastUsedAt: time },
    ]);
    expect(await find({ site: LIBRARY })).toEqual([5, 2, 1]);
  });
});
