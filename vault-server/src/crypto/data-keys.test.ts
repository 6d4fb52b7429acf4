import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { migrate } from '../storage/migrate.ts';
import { MIGRATIONS } from '../storage/migrations.ts';
import { openPostgresDriver } from '../storage/postgres-driver.ts';
import type { SqlDriver } from '../storage/sql-driver.ts';
import { openSqliteDriver } from '../storage/sqlite-driver.ts';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { createTestTarget, type TestEngineName } from '../storage/testing/test-engines.ts';
import { createVaultStorage, type VaultStorage } from '../storage/vault-storage.ts';
import { DataKeys } from './data-keys.ts';
import { Keyring } from './keyring.ts';
import { createKekFile } from './master-key.ts';

const T0 = '2024-01-01T00:00:00.000Z';
const FINDING =
  'review finding: a data key destroyed by erasure kept working in another process that cached it, as the next key took its version number';

const describeEachEngine = await engineSuites();

describeEachEngine('data key versions on %s', (engine: TestEngineName) => {
  let driver: SqlDriver;
  let storage: VaultStorage;
  let cleanup: () => Promise<void>;
  let dir: string;
  /** Two vault processes: each its own cache, the same master key and database. */
  let processes: [DataKeys, DataKeys];

  beforeEach(async () => {
    const test = await createTestTarget(engine);
    const { target } = test;
    cleanup = test.cleanup;
    driver =
      target.engine === 'sqlite'
        ? openSqliteDriver(target.file)
        : await openPostgresDriver({ connectionString: target.url, schema: target.schema });
    storage = createVaultStorage(driver);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verwonder-data-keys-'));
    const file = path.join(dir, 'master.key');
    createKekFile(file);
    processes = [
      new DataKeys(new Keyring({ file, generate: false })),
      new DataKeys(new Keyring({ file, generate: false })),
    ];
  });
  afterEach(async () => {
    await driver.close();
    await cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const addAccount = (pod: string) =>
    storage.accounts.create({
      id: `acc-${pod}`,
      podName: pod,
      displayName: pod,
      userHandle: `uh-${pod}`,
      createdAt: T0,
    });

  it(`never gives a version twice, across pods and after erasure (${FINDING})`, async () => {
    await migrate(driver);
    await addAccount('anna');
    await addAccount('bert');
    const [a, b] = processes;
    const first = await storage.transaction((tx) => b.active(tx, 'anna', 'loans'));
    const bert = await storage.transaction((tx) => a.active(tx, 'bert', 'loans'));
    expect(bert.version).not.toBe(first.version);
    // Rotation: a higher version, the old one stays (inactive) for its records.
    const rotated = await a.create(storage, 'anna', 'loans');
    expect(rotated.version).toBeGreaterThan(Math.max(first.version, bert.version));
    expect((await storage.dataKeys.active('anna', 'loans'))?.version).toBe(rotated.version);

    // Erasure through A; B still remembers the first key.
    await storage.dataKeys.deleteCategory('anna', 'loans');
    const after = await storage.transaction((tx) => a.active(tx, 'anna', 'loans'));
    expect(after.version).toBeGreaterThan(rotated.version);
    // B's remembered key fits no row; B finds the category's new key and forgets the old ones.
    expect(await b.version(storage, 'anna', 'loans', after.version)).toEqual(after.key);
    expect((await storage.transaction((tx) => b.active(tx, 'anna', 'loans'))).key).toEqual(
      after.key,
    );
    expect(await b.version(storage, 'anna', 'loans', first.version)).toBeUndefined();

    // The same for a whole account and its pod name taken again; nothing left names the old pod.
    await storage.dataKeys.deleteAll('anna');
    await storage.accounts.delete('acc-anna');
    if (engine === 'sqlite')
      expect(await driver.all('SELECT * FROM data_key_versions')).toEqual([]);
    await addAccount('anna');
    const again = await storage.transaction((tx) => b.active(tx, 'anna', 'loans'));
    expect(again.version).toBeGreaterThan(after.version);
  });

  it(`keeps one active key when two processes make a category's first key at once (${FINDING})`, async () => {
    await migrate(driver);
    await addAccount('anna');
    const made = await Promise.all(
      processes.map((keys) => storage.transaction((tx) => keys.active(tx, 'anna', 'visits'))),
    );
    expect(made[1]!.version).toBe(made[0]!.version);
    expect(made[1]!.key).toEqual(made[0]!.key);
    const rows = await storage.dataKeys.list('anna');
    expect(rows.map((row) => [row.version, row.active])).toEqual([[made[0]!.version, true]]);
  });

  // SQLite runs one write transaction at a time, so only PostgreSQL can interleave two first keys.
  it.skipIf(engine === 'sqlite')(
    'keeps the first key another process committed after this one found none (review finding: a first data key made at once by two processes was replaced by the second)',
    async () => {
      await migrate(driver);
      await addAccount('anna');
      const [a, b] = processes;
      let bFoundNone!: () => void;
      const bRead = new Promise<void>((resolve) => (bFoundNone = resolve));
      let aDone!: () => void;
      const aCommitted = new Promise<void>((resolve) => (aDone = resolve));
      // B reads "no key yet" and is held there until A has made and committed the first key.
      const madeByB = storage.transaction((tx) =>
        b.active(
          {
            ...tx,
            dataKeys: {
              ...tx.dataKeys,
              async active(pod: string, category: string) {
                const row = await tx.dataKeys.active(pod, category);
                if (!row) {
                  bFoundNone();
                  await aCommitted;
                }
                return row;
              },
            },
          },
          'anna',
          'visits',
        ),
      );
      await bRead;
      const madeByA = await storage.transaction((tx) => a.active(tx, 'anna', 'visits'));
      aDone();
      const made = await madeByB;
      expect(made.version).toBe(madeByA.version);
      expect(made.key).toEqual(madeByA.key);
      const rows = await storage.dataKeys.list('anna');
      expect(rows.map((row) => [row.version, row.active])).toEqual([[madeByA.version, true]]);
    },
  );

  it(`starts the counter above every version in use when it migrates (${FINDING})`, async () => {
    await migrate(
      driver,
      MIGRATIONS.filter((migration) => migration.version < 8),
    );
    await addAccount('anna');
    for (const [category, version, active] of [
      ['loans', 41, false],
      ['loans', 42, true],
      ['visits', 1, true],
    ] as const) {
      await storage.dataKeys.insert({
        pod: 'anna',
        category,
        version,
        kekId: 'kek',
        wrapped: Buffer.from('w'),
        active,
        createdAt: T0,
      });
    }
    expect(await migrate(driver)).toContain(8);
    expect(await storage.dataKeys.nextVersion()).toBe(43);
    expect(await storage.dataKeys.nextVersion()).toBe(44);
  });
});
