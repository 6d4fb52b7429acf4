import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Keyring } from '../../crypto/keyring.ts';
import { openTestEngine, type TestEngine } from '../../storage/testing/test-engines.ts';
import { keyringSecretBox, type SecretBox } from '../keys/secret-box.ts';
import { migrateOAuth } from '../store/migrate-oauth.ts';
import type { OAuthStore } from '../store/oauth-store.ts';
import { sqlOAuthStore } from '../store/sql-oauth-store.ts';

export interface OAuthTestStore {
  engine: TestEngine;
  store: OAuthStore;
  box: SecretBox;
  keyring: Keyring;
  dispose(): Promise<void>;
}

/** A migrated vault database (SQLite or PostgreSQL) with the OAuth tables, and a real master key. */
export async function openOAuthTestStore(
  engine: 'sqlite' | 'postgres' = 'sqlite',
): Promise<OAuthTestStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oauth-keys-'));
  const env = await openTestEngine(engine);
  await migrateOAuth(env.storage.driver);
  const keyring = new Keyring({ file: path.join(dir, 'master.key'), generate: true });
  return {
    engine: env,
    store: sqlOAuthStore(env.storage.driver),
    box: keyringSecretBox(keyring),
    keyring,
    async dispose() {
      await env.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
