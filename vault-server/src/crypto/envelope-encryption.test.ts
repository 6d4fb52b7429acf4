import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VerwonderError } from '@verwonder/shared';
import { OWNER } from '../audit/audit-log.ts';
import { loadConfig } from '../config/vault-config.ts';
import { createRecord, getRecord } from '../resources/record-service.ts';
import {
  createTestPod,
  daysAgo,
  loanRecord,
  openTestVault,
  type TestVault,
} from '../testing/test-vault.ts';
import { DataKeys } from './data-keys.ts';
import { Keyring } from './keyring.ts';
import { nextKeyFile, readKekFile } from './master-key.ts';
import { rotateDataKey } from './rotate-data-key.ts';
import { rotateMasterKey } from './rotate-master-key.ts';

describe('envelope encryption', () => {
  let vault: TestVault;
  beforeEach(async () => {
    vault = await openTestVault('sqlite');
    await createTestPod(vault.ctx, 'anna');
    await createTestPod(vault.ctx, 'bert');
  });
  afterEach(async () => vault.dispose());

  it('generates the master key with mode 0600 and requires one in production', () => {
    expect(fs.statSync(vault.masterKeyFile).mode & 0o777).toBe(0o600);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(VerwonderError);
    expect(() => new Keyring({ file: `${vault.masterKeyFile}.absent`, generate: false })).toThrow(
      /does not exist/,
    );
  });

  it('binds a ciphertext to its pod, category and record id', async () => {
    const { ctx } = vault;
    const a = await createRecord(ctx, 'anna', 'loans', loanRecord('Het verdriet van België'), {
      actor: OWNER,
    });
    const b = await createRecord(ctx, 'anna', 'loans', loanRecord('De Avonden'), { actor: OWNER });
    const storedA = (await ctx.storage.records.get('anna', 'loans', a.record.id))!;
    const storedB = (await ctx.storage.records.get('anna', 'loans', b.record.id))!;
    // Move A's ciphertext into B's row: same key, different additional data.
    await ctx.storage.records.replace(
      { ...storedB, nonce: storedA.nonce, ciphertext: storedA.ciphertext },
      storedB.etag,
    );
    await expect(
      getRecord(ctx, 'anna', 'loans', b.record.id, { actor: OWNER }),
    ).rejects.toMatchObject({ code: 'crypto_error' });
    // One data key per pod and category.
    await createRecord(ctx, 'bert', 'loans', loanRecord('Kaas'), { actor: OWNER });
    await createRecord(
      ctx,
      'anna',
      'tickets',
      {
        time: daysAgo(3),
        source: { type: 'person' },
        item: { id: 'act-1', title: 'Concert', kind: 'activity' },
        data: { quantity: 2 },
      },
      { actor: OWNER },
    );
    const keys = await ctx.storage.dataKeys.list();
    expect(keys.map((k) => `${k.pod}/${k.category}`)).toEqual([
      'anna/loans',
      'anna/tickets',
      'bert/loans',
    ]);
  });

  it('rotates the master key without touching records and resumes after an interruption', async () => {
    const { ctx } = vault;
    const created = [];
    for (const pod of ['anna', 'bert']) {
      for (const title of ['Boek een', 'Boek twee'])
        created.push({
          pod,
          ...(await createRecord(ctx, pod, 'loans', loanRecord(title), { actor: OWNER })),
        });
    }
    await createRecord(
      ctx,
      'anna',
      'feedback',
      {
        time: daysAgo(3),
        source: { type: 'extension' },
        data: { kind: 'wow', suggestionId: 's', itemId: 'i', wasSurprise: true },
      },
      { actor: OWNER },
    );
    const oldKek = readKekFile(vault.masterKeyFile);
    const ciphertextBefore = (await ctx.storage.records.get(
      'anna',
      'loans',
      created[0]!.record.id,
    ))!.ciphertext;

    await expect(
      rotateMasterKey(ctx.storage, {
        masterKeyFile: vault.masterKeyFile,
        onRewrapped: (total) => {
          if (total === 1) throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');
    expect(fs.existsSync(nextKeyFile(vault.masterKeyFile))).toBe(true);
    // The running vault still reads everything mid-rotation.
    expect(
      (await getRecord(ctx, 'bert', 'loans', created[2]!.record.id, { actor: OWNER })).record.id,
    ).toBe(created[2]!.record.id);

    const result = await rotateMasterKey(ctx.storage, { masterKeyFile: vault.masterKeyFile });
    expect(result.previousKekId).toBe(oldKek.id);
    expect(result.rewrapped).toBe(2);
    expect(fs.existsSync(nextKeyFile(vault.masterKeyFile))).toBe(false);
    const newKek = readKekFile(vault.masterKeyFile);
    expect(newKek.id).toBe(result.kekId);
    expect(fs.statSync(vault.masterKeyFile).mode & 0o777).toBe(0o600);
    expect((await ctx.storage.dataKeys.list()).every((key) => key.kekId === newKek.id)).toBe(true);
    expect(
      (await ctx.storage.records.get('anna', 'loans', created[0]!.record.id))!.ciphertext.equals(
        ciphertextBefore,
      ),
    ).toBe(true);

    // A fresh process with only the new key file opens every record.
    const fresh = await import('./data-keys.ts').then(
      ({ DataKeys }) => new DataKeys(new Keyring({ file: vault.masterKeyFile, generate: false })),
    );
    for (const row of await ctx.storage.dataKeys.list()) expect(fresh.unwrap(row).length).toBe(32);
  });

  it('a data key created while the master key is rotated ends up wrapped by the new one (review finding: a data key created during a rotation stays wrapped by the retired master key)', async () => {
    const { ctx } = vault;
    const keys = new DataKeys(new Keyring({ file: vault.masterKeyFile, generate: false }));
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    // Another process waiting for the write lock: its transaction starts after the rotation ended.
    const waiting = new Proxy(ctx.storage, {
      get: (target, property, receiver) =>
        property === 'transaction'
          ? async (work: Parameters<typeof target.transaction>[0]) => {
              await gate;
              return target.transaction(work);
            }
          : Reflect.get(target, property, receiver),
    });
    const creating = keys.create(waiting, 'anna', 'visits');
    await rotateMasterKey(ctx.storage, { masterKeyFile: vault.masterKeyFile });
    open();
    const { version } = await creating;
    // A process started after the rotation has only the new master key, and opens it.
    const fresh = new DataKeys(new Keyring({ file: vault.masterKeyFile, generate: false }));
    const row = await ctx.storage.dataKeys.get('anna', 'visits', version);
    expect(row?.kekId).toBe(readKekFile(vault.masterKeyFile).id);
    expect(fresh.unwrap(row!).length).toBe(32);
  });

  it('rotates a data key and re-encrypts its records', async () => {
    const { ctx } = vault;
    const a = await createRecord(ctx, 'anna', 'loans', loanRecord('Een'), { actor: OWNER });
    const b = await createRecord(ctx, 'anna', 'loans', loanRecord('Twee'), { actor: OWNER });
    const [before] = await ctx.storage.dataKeys.list('anna');
    const result = await rotateDataKey(ctx.storage, ctx.keys, ctx.sealer, 'anna', 'loans');
    expect(result).toEqual({ version: expect.any(Number), reencrypted: 2 });
    expect(result!.version).toBeGreaterThan(before!.version);
    const keys = await ctx.storage.dataKeys.list('anna');
    expect(keys.map((key) => [key.version, key.active])).toEqual([[result!.version, true]]);
    const stored = (await ctx.storage.records.get('anna', 'loans', a.record.id))!;
    expect(stored.keyVersion).toBe(result!.version);
    expect(stored.etag).toBe(a.etag);
    expect((await getRecord(ctx, 'anna', 'loans', b.record.id, { actor: OWNER })).record).toEqual(
      b.record,
    );
  });
});
