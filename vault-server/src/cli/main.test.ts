import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { appendAudit, OWNER } from '../audit/audit-log.ts';
import { loadConfig } from '../config/vault-config.ts';
import { readKekFile } from '../crypto/master-key.ts';
import { openVault } from '../open-vault.ts';
import { createRecord, getRecord } from '../resources/record-service.ts';
import { createTestPod, loanRecord } from '../testing/test-vault.ts';

const CLI = fileURLToPath(new URL('./main.ts', import.meta.url));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-cli-'));
const { DATABASE_URL: _url, VAULT_MASTER_KEY_FILE: _key, ...baseEnv } = process.env;
const env = { ...baseEnv, VAULT_DATA_DIR: dataDir, NODE_ENV: 'development' };
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { env, encoding: 'utf8' });
const config = () => loadConfig(env, { logLevel: 'silent' });

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('npm run vault', () => {
  it('verifies the audit log, and finds a changed entry', async () => {
    const ctx = await openVault(config(), { logger: pino({ level: 'silent' }) });
    await createTestPod(ctx, 'anna');
    await createRecord(ctx, 'anna', 'loans', loanRecord('Kaas'), { actor: OWNER });
    await appendAudit(ctx.storage, 'anna', { actor: OWNER, action: 'export' });
    await ctx.storage.close();

    const clean = run('verify-audit');
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('1 pods, 2 entries, 0 problems');

    const tamper = await openVault(config(), { logger: pino({ level: 'silent' }) });
    await tamper.storage.driver.run('DROP TRIGGER audit_log_append_only');
    await tamper.storage.driver.run("UPDATE audit_log SET category = 'tickets' WHERE seq = 0");
    await tamper.storage.close();
    const tampered = run('verify-audit');
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toContain('anna #0: hash-mismatch');
  });

  it('rotates the master key and the data keys; the records stay readable', async () => {
    const before = readKekFile(config().masterKeyFile).id;
    const rotated = run('rotate-master-key');
    expect(rotated.status).toBe(0);
    expect(rotated.stdout).toMatch(/1 data keys re-wrapped/);
    expect(readKekFile(config().masterKeyFile).id).not.toBe(before);
    expect(run('rotate-data-keys', '--pod', 'anna').stdout).toContain(
      'anna/loans: key v2, 1 records re-encrypted',
    );

    const ctx = await openVault(config(), { logger: pino({ level: 'silent' }) });
    const [stored] = await ctx.storage.records.list('anna', 'loans', { limit: 1 });
    const { record } = await getRecord(ctx, 'anna', 'loans', stored!.id, { actor: OWNER });
    expect(record.category === 'loans' && record.item.title).toBe('Kaas');
    await ctx.storage.close();
    expect(run('nonsense').status).toBe(2);
  });
});
