import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { OWNER } from '../audit/audit-log.ts';
import { loadConfig } from '../config/vault-config.ts';
import { createRecord } from '../resources/record-service.ts';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { createTestPod, loanRecord, openTestVault } from '../testing/test-vault.ts';
import { keyringFields, PLAIN_FIELDS } from './field-protector.ts';
import { Keyring } from './keyring.ts';
import { createKekFile } from './master-key.ts';
import { masterKeyPlacementWarning } from './master-key-placement.ts';
import { openVault } from '../open-vault.ts';
import { protectStoredFields } from './protect-stored-fields.ts';
import { rotateMasterKey } from './rotate-master-key.ts';

const describeEachEngine = await engineSuites();

describeEachEngine('names and idempotency keys kept by an older vault, on %s', (engine) => {
  it('are sealed (or hashed) at start-up, stay readable, and follow a master-key rotation', async () => {
    const vault = await openTestVault(engine);
    try {
      const { ctx } = vault;
      // As an older vault wrote them: in the clear.
      ctx.storage.protectFields(PLAIN_FIELDS);
      const accountId = await createTestPod(ctx, 'old');
      await ctx.storage.passkeys.add({
        id: 'cred-old',
        accountId,
        publicKey: Buffer.from([1]),
        counter: 0,
        transports: [],
        name: 'Oude telefoon',
        createdAt: new Date().toISOString(),
        lastUsedAt: null,
      });
      await createRecord(ctx, 'old', 'loans', loanRecord('Titel'), { actor: OWNER }, 'retry-1');
      const plainRows = await ctx.storage.driver.all('SELECT idempotency_key FROM records');
      expect(plainRows[0]?.idempotency_key).toBe('retry-1');

      ctx.storage.protectFields(
        keyringFields(new Keyring({ file: vault.masterKeyFile, generate: false })),
      );
      expect(await protectStoredFields(ctx.storage)).toBe(3);
      expect(await protectStoredFields(ctx.storage)).toBe(0);
      const [account] = await ctx.storage.driver.all('SELECT display_name FROM accounts');
      const [passkey] = await ctx.storage.driver.all('SELECT name FROM passkeys');
      const [record] = await ctx.storage.driver.all('SELECT idempotency_key FROM records');
      expect(String(account?.display_name)).toMatch(/^vwf1\./);
      expect(String(passkey?.name)).toMatch(/^vwf1\./);
      expect(String(record?.idempotency_key)).toMatch(/^vwi1\./);
      expect((await ctx.storage.accounts.byId(accountId))?.displayName).toBe('old');
      expect((await ctx.storage.passkeys.byId('cred-old'))?.name).toBe('Oude telefoon');
      const retry = await createRecord(
        ctx,
        'old',
        'loans',
        loanRecord('Titel'),
        { actor: OWNER },
        'retry-1',
      );
      expect(retry.created).toBe(false);

      await rotateMasterKey(ctx.storage, { masterKeyFile: vault.masterKeyFile });
      // A fresh process knows only the new master key.
      ctx.storage.protectFields(
        keyringFields(new Keyring({ file: vault.masterKeyFile, generate: false })),
      );
      expect((await ctx.storage.accounts.byId(accountId))?.displayName).toBe('old');
      expect((await ctx.storage.passkeys.byId('cred-old'))?.name).toBe('Oude telefoon');
    } finally {
      await vault.dispose();
    }
  });
});

describe('the default master key sits beside the database', () => {
  it('is worth a start-up warning outside development, and only there', () => {
    const production = { NODE_ENV: 'production', VAULT_DATA_DIR: '/srv/vault' };
    expect(
      masterKeyPlacementWarning(
        loadConfig({ ...production, VAULT_MASTER_KEY_FILE: '/srv/vault/master.key' }),
      ),
    ).toMatch(/beside the database/);
    expect(
      masterKeyPlacementWarning(
        loadConfig({ ...production, VAULT_MASTER_KEY_FILE: '/srv/vault/keys/master.key' }),
      ),
    ).toMatch(/beside the database/);
    expect(
      masterKeyPlacementWarning(
        loadConfig({ ...production, VAULT_MASTER_KEY_FILE: '/run/secrets/master.key' }),
      ),
    ).toBeUndefined();
    expect(masterKeyPlacementWarning(loadConfig({ VAULT_DATA_DIR: '/srv/vault' }))).toBeUndefined();
  });

  it('is logged when a production vault opens with its key beside the database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-placement-'));
    try {
      createKekFile(path.join(dir, 'master.key'));
      const lines: string[] = [];
      const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
      const config = loadConfig({
        NODE_ENV: 'production',
        VAULT_DATA_DIR: dir,
        VAULT_MASTER_KEY_FILE: path.join(dir, 'master.key'),
      });
      const ctx = await openVault(config, { logger });
      await ctx.storage.close();
      expect(lines.join('')).toMatch(/beside the database/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
