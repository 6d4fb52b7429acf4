import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { signUpDirectly } from './sign-up-directly.ts';
import type { VaultConfig } from '../config/vault-config.ts';
import type { RouteMount } from '../http/create-app.ts';
import type { RecordCipher } from '../crypto/record-cipher.ts';
import { startVault, type RunningVault } from '../start-vault.ts';
import { createTestTarget } from '../storage/testing/test-engines.ts';

export interface TestClient {
  pod: string;
  cookie: string;
  csrf: string;
  /** fetch against the vault with this session (and its CSRF token on state changes). */
  fetch(pathname: string, init?: RequestInit): Promise<Response>;
}

export interface TestServer {
  vault: RunningVault;
  url: string;
  dataDir: string;
  /** An account with a session, made directly in storage (the passkey ceremony has its own browser test). */
  signUp(pod: string): Promise<TestClient>;
  dispose(): Promise<void>;
}

export async function startTestServer(
  engine: 'sqlite' | 'postgres',
  config: Partial<VaultConfig> = {},
  cipher?: RecordCipher,
  routes?: readonly RouteMount[],
): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-http-'));
  const { target, cleanup } = await createTestTarget(engine);
  const vault = await startVault({
    env: {},
    config: {
      port: 0,
      dataDir,
      masterKeyFile: path.join(dataDir, 'master.key'),
      sqliteFile: path.join(dataDir, 'vault.sqlite'),
      purgeIntervalMinutes: 0,
      authRateLimit: 1000,
      ...config,
    },
    storage:
      target.engine === 'sqlite'
        ? { engine: 'sqlite', file: path.join(dataDir, 'vault.sqlite') }
        : target,
    logger: pino({ level: 'silent' }),
    ...(cipher ? { cipher } : {}),
    ...(routes ? { routes } : {}),
  });
  const { storage } = vault.context;
  return {
    vault,
    url: vault.url,
    dataDir,
    async signUp(pod) {
      const { cookie, csrf } = await signUpDirectly(storage, pod);
      return {
        pod,
        cookie,
        csrf,
        fetch: (pathname, init = {}) => {
          const headers = new Headers(init.headers);
          headers.set('cookie', cookie);
          if (!headers.has('x-csrf-token')) headers.set('x-csrf-token', csrf);
          if (init.body !== undefined && !headers.has('content-type'))
            headers.set('content-type', 'application/json');
          return fetch(new URL(pathname, vault.url), { ...init, headers });
        },
      };
    },
    async dispose() {
      await vault.close();
      await cleanup();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
