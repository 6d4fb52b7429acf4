import type { AddressInfo } from 'node:net';
import http from 'node:http';
import type { Logger } from 'pino';
import { loadConfig, type VaultConfig } from './config/vault-config.ts';
import type { RecordCipher } from './crypto/record-cipher.ts';
import { purgeExpired } from './gdpr/retention.ts';
import { createApp, type AppState, type RouteMount } from './http/create-app.ts';
import { openVault } from './open-vault.ts';
import type { StorageTarget } from './storage/open-storage.ts';
import type { VaultContext } from './vault-context.ts';

export interface StartVaultOptions {
  /** Overrides of the configuration read from `env` (default: process.env). */
  config?: Partial<VaultConfig>;
  env?: NodeJS.ProcessEnv;
  /** Storage other than the configured one (tests: a fresh PostgreSQL schema). */
  storage?: StorageTarget;
  logger?: Logger;
  /** Benchmarks only: replace AES-GCM (e.g. by the identity) to measure its cost. */
  cipher?: RecordCipher;
  /** Extra routers (e.g. the OAuth server), mounted after sessions and body parsing, before the pod routes. */
  routes?: readonly RouteMount[];
}

export interface RunningVault {
  url: string;
  context: VaultContext;
  /** Stops accepting connections, drains running requests, stops the purge job, closes the database. */
  close(): Promise<void>;
}

export async function startVault(options: StartVaultOptions = {}): Promise<RunningVault> {
  const base = loadConfig(options.env ?? process.env, options.config);
  const ctx = await openVault(base, {
    logger: options.logger,
    cipher: options.cipher,
    target: options.storage,
  });
  const state: AppState = { ready: false };
  const server = http.createServer();
  server.keepAliveTimeout = 5_000;
  server.requestTimeout = 60_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(base.port, base.host, () => resolve());
    });
  } catch (error) {
    // Port taken or not allowed: do not leave the database open behind a failed start.
    await ctx.storage.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  // With port 0 the real port is only known now; the public URL (passkey origin) follows it.
  if (
    base.port === 0 &&
    !options.config?.publicUrl &&
    !(options.env ?? process.env).VAULT_PUBLIC_URL
  ) {
    const publicUrl = `http://localhost:${port}`;
    Object.assign(ctx.config, { port, publicUrl, rpId: 'localhost' });
  }
  server.on('request', createApp(ctx, state, options.routes));
  const purgeTimer =
    ctx.config.purgeIntervalMinutes > 0
      ? setInterval(() => {
          purgeExpired(ctx).catch((error: unknown) =>
            ctx.logger.error({ err: error }, 'retention purge failed'),
          );
          ctx.storage.sessions.deleteExpired(new Date().toISOString()).catch(() => undefined);
          ctx.storage.challenges.deleteExpired(new Date().toISOString()).catch(() => undefined);
        }, ctx.config.purgeIntervalMinutes * 60_000)
      : undefined;
  purgeTimer?.unref();
  state.ready = true;
  ctx.logger.info({ url: ctx.config.publicUrl, engine: ctx.storage.dialect }, 'vault ready');

  let closing: Promise<void> | undefined;
  return {
    url: ctx.config.publicUrl,
    context: ctx,
    close: () =>
      (closing ??= (async () => {
        state.ready = false;
        if (purgeTimer) clearInterval(purgeTimer);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await ctx.storage.close();
        ctx.logger.info('vault stopped');
      })()),
  };
}
