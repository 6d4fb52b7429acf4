import { createPublicKey, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { calculateJwkThumbprint } from 'jose';
import { z } from 'zod';
import { VerwonderError } from '@verwonder/shared';

/** A vault's public upload key: an EC P-256 JWK (public part only). */
export const VaultUploadJwk = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  y: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
export type VaultUploadJwk = z.infer<typeof VaultUploadJwk>;
const VaultsFile = z.record(z.string().min(1).max(100), VaultUploadJwk);

export const uploadKeyId = (jwk: VaultUploadJwk): Promise<string> =>
  calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, 'sha256');

/**
 * The vaults an aggregator accepts uploads from: a JSON file of name -> public JWK, agreed with each
 * vault's operator out of band. Re-read when it changes, so a vault is added without a restart.
 */
export class TrustedVaults {
  private loaded: { mtimeMs: number; byKid: Map<string, KeyObject> } | undefined;

  constructor(readonly file: string) {}

  private async load(): Promise<Map<string, KeyObject>> {
    const mtimeMs = fs.existsSync(this.file) ? fs.statSync(this.file).mtimeMs : -1;
    if (this.loaded?.mtimeMs === mtimeMs) return this.loaded.byKid;
    const byKid = new Map<string, KeyObject>();
    if (mtimeMs >= 0) {
      const parsed = VaultsFile.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
      if (!parsed.success)
        throw new VerwonderError('config_error', `${this.file} is not a file of vault upload keys`);
      for (const jwk of Object.values(parsed.data))
        byKid.set(await uploadKeyId(jwk), createPublicKey({ key: jwk, format: 'jwk' }));
    }
    this.loaded = { mtimeMs, byKid };
    return byKid;
  }

  /** The public key of a known vault, or undefined. */
  async key(kid: string): Promise<KeyObject | undefined> {
    return (await this.load()).get(kid);
  }

  /** Adds (or replaces) a vault under `name`: the operator's step, done in code for the demo. */
  async trust(name: string, jwk: unknown): Promise<void> {
    const key = VaultUploadJwk.parse(jwk);
    const current = fs.existsSync(this.file)
      ? VaultsFile.parse(JSON.parse(fs.readFileSync(this.file, 'utf8')))
      : {};
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const next = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(next, JSON.stringify({ ...current, [name]: key }, null, 2), { mode: 0o600 });
    fs.renameSync(next, this.file);
    this.loaded = undefined;
  }
}
