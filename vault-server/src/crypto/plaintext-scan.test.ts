import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OWNER } from '../audit/audit-log.ts';
import { finishSignUp, startSignUp } from '../auth/passkey-ceremonies.ts';
import { eraseCategory } from '../gdpr/erasure.ts';
import { createRecord, getRecord } from '../resources/record-service.ts';
import { withDefaultUser } from '../storage/postgres-driver.ts';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { softwarePasskeyResponse } from '../testing/software-passkey.ts';
import { createTestPod, loanRecord, openTestVault, type TestVault } from '../testing/test-vault.ts';

const MARKERS = [
  'MARKER-Zwanzig-Kraai-7731',
  'MARKER-Schelde-Octopus-0042',
  'MARKER-Permeke-Vlinder-9190',
];

/** Every byte the engine keeps for the vault: the SQLite file with its WAL, or a dump of the tables. */
async function rawBytes(vault: TestVault): Promise<Buffer> {
  const target = vault.engine.target;
  if (target.engine === 'sqlite') {
    const parts = ['', '-wal', '-shm']
      .map((suffix) => target.file + suffix)
      .filter((file) => fs.existsSync(file));
    return Buffer.concat(parts.map((file) => fs.readFileSync(file)));
  }
  const names = ['records', 'data_keys', 'audit_log', 'accounts', 'passkeys', 'challenges'];
  try {
    const tables = names.flatMap((table) => ['--table', `${target.schema}.${table}`]);
    return execFileSync('pg_dump', ['--data-only', ...tables, withDefaultUser(target.url)], {
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
    // No pg_dump on this machine: read every column of every row as stored (bytea as raw bytes).
    const parts: Buffer[] = [];
    for (const table of names) {
      for (const row of await vault.ctx.storage.driver.all(`SELECT * FROM ${table}`)) {
        for (const value of Object.values(row))
          parts.push(Buffer.isBuffer(value) ? value : Buffer.from(String(value)));
      }
    }
    return Buffer.concat(parts);
  }
}

const describeEachEngine = await engineSuites();

describeEachEngine('no plaintext at rest on %s', (engine) => {
  let vault: TestVault;
  beforeAll(async () => {
    vault = await openTestVault(engine);
    await createTestPod(vault.ctx, 'scan');
  });
  afterAll(async () => vault?.dispose());

  it('keeps marker strings out of the stored bytes before and after erasure', async () => {
    const ids: string[] = [];
    for (const [index, marker] of MARKERS.entries()) {
      const { record } = await createRecord(
        vault.ctx,
        'scan',
        'loans',
        loanRecord(marker),
        { actor: OWNER },
        `key-${index}`,
      );
      ids.push(record.id);
    }
    // The records really are there and readable through the vault.
    const read = await getRecord(vault.ctx, 'scan', 'loans', ids[0]!, { actor: OWNER });
    expect(read.record.category === 'loans' && read.record.item.title).toBe(MARKERS[0]);

    const before = await rawBytes(vault);
    // Positive control: the scan does see the stored bytes (the audit log's plain action names).
    expect(before.includes('record-created')).toBe(true);
    for (const marker of MARKERS) expect(before.includes(marker)).toBe(false);

    expect(await eraseCategory(vault.ctx, 'scan', 'loans', OWNER)).toBe(MARKERS.length);
    const after = await rawBytes(vault);
    for (const marker of MARKERS) expect(after.includes(marker)).toBe(false);
    expect(await vault.ctx.storage.dataKeys.list('scan')).toEqual([]);
  });

  it('personal data in the clear at rest: display names, passkey names (also in audit details) and idempotency keys', async () => {
    const displayName = 'MARKER-Naam-Wielewaal-5521';
    const passkeyName = 'MARKER-Sleutel-Reiger-3310';
    const renamed = 'MARKER-Sleutel-Ijsvogel-8876';
    const idempotencyKey = 'MARKER-Idem-Meerkoet-4417';
    const { ctx } = vault;
    const { challengeId, options } = await startSignUp(ctx, 'person', displayName);
    // A pending sign-up keeps the display name too (in its challenge): scan while it waits.
    const pending = await rawBytes(vault);
    expect(pending.includes(displayName)).toBe(false);
    const response = softwarePasskeyResponse(options, new URL(ctx.config.publicUrl).origin);
    const { account } = await finishSignUp(ctx, challengeId, response, passkeyName);
    expect(await ctx.storage.passkeys.rename(account.id, response.id, renamed)).toBe(true);
    await createRecord(
      ctx,
      'person',
      'loans',
      loanRecord('Een titel'),
      { actor: OWNER },
      idempotencyKey,
    );

    // Readable through the vault: the account, the passkey, the idempotent retry.
    expect((await ctx.storage.accounts.byPodName('person'))?.displayName).toBe(displayName);
    expect((await ctx.storage.passkeys.listByAccount(account.id))[0]?.name).toBe(renamed);
    const retry = await createRecord(
      ctx,
      'person',
      'loans',
      loanRecord('Een titel'),
      { actor: OWNER },
      idempotencyKey,
    );
    expect(retry.created).toBe(false);

    const bytes = await rawBytes(vault);
    expect(bytes.includes('passkey-added')).toBe(true);
    for (const marker of [displayName, passkeyName, renamed, idempotencyKey])
      expect(bytes.includes(marker), marker).toBe(false);
  });
});
