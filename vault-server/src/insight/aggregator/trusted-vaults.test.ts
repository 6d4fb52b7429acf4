import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateUploadKey } from '../vault/upload-key.ts';
import { TrustedVaults } from './trusted-vaults.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trusted-vaults-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('TrustedVaults', () => {
  it('knows a vault by its key thumbprint once trusted, also through a second reader of the file', async () => {
    const file = path.join(dir, 'vaults.json');
    const vaults = new TrustedVaults(file);
    const key = await generateUploadKey();
    expect(await vaults.key(key.kid)).toBeUndefined();
    await vaults.trust('antwerpen', key.publicJwk);
    expect((await vaults.key(key.kid))?.asymmetricKeyType).toBe('ec');
    expect(await new TrustedVaults(file).key(key.kid)).toBeDefined();
    expect(fs.statSync(file).mode & 0o077).toBe(0);
  });

  it('keeps only the public part, and refuses a key that is not P-256 or a malformed file', async () => {
    const key = await generateUploadKey();
    const file = path.join(dir, 'other.json');
    const vaults = new TrustedVaults(file);
    await vaults.trust('x', key.privateKey.export({ format: 'jwk' }));
    expect(fs.readFileSync(file, 'utf8')).not.toContain('"d"');
    await expect(vaults.trust('y', { ...key.publicJwk, kty: 'RSA' })).rejects.toThrow();
    fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ x: { kty: 'oct' } }));
    await expect(new TrustedVaults(path.join(dir, 'bad.json')).key(key.kid)).rejects.toThrow(
      /not a file of vault upload keys/,
    );
  });
});
