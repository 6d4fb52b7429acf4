import type { AddressInfo } from 'node:net';
import http from 'node:http';
import type { Logger } from 'pino';
import { loadConfig, type VaultConfig } from './config/vault-config.ts';
import type { RecordCipher } from './crypto/record-cipher.ts';
import { startPurgeJob } from './gdpr/purge-job.ts';
import { createApp, type AppState, type RouteMount } from './http/create-app.ts';
import { keepAlive } from './http/keep-alive.ts';
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
  /**
   * Extra routers (e.g. the OAuth server), mounted after sessions and body parsing, before the pod
   * routes, with their `tokenRoutes` (requests with a token) ahead of sessions and pages. A router with a `ready` promise (a module opening in the background) keeps /healthz at
   * 503 until it resolves, and for good if it rejects.
   */
  routes?: readonly RouteMount[];
  /** Longest shutdown: connections still busy after this many seconds are cut. Default 10. */
  drainSeconds?: number;
}

/**
 * A mounted router that finishes opening in the background, and may run timers of its own that must
 * stop (`close`) before the database closes.
 */
export type ModuleRouter = ReturnType<RouteMount> & {
  ready?: Promise<unknown>;
  close?: () => Promise<void>;
};

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
  const connections = keepAlive(server);
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
  const opening: Promise<unknown>[] = [];
  const closing: (() => Promise<void>)[] = [];
  const mounts = (options.routes ?? []).map((mount) => (c: VaultContext) => {
    const router: ModuleRouter = mount(c);
    if (router.ready) opening.push(router.ready);
    if (router.close) closing.push(router.close);
    return router;
  });
  server.on('request', createApp(ctx, state, mounts));
  const modules = await Promise.allSettled(opening);
  const failed = modules.find((result) => result.status === 'rejected');
  if (failed) {
    // Serving without a module would answer 500 to every request it handles: stay unhealthy instead.
    ctx.logger.error({ err: failed.reason }, 'a module failed to open; /healthz answers 503');
  } else {
    state.ready = true;
    ctx.logger.info({ url: ctx.config.publicUrl, engine: ctx.storage.dialect }, 'vault ready');
  }
  const purgeJob = startPurgeJob(ctx);

  const drainMs = (options.drainSeconds ?? 10) * 1000;
  let stopped: Promise<void> | undefined;
  return {
    url: ctx.config.publicUrl,
    context: ctx,
    close: () =>
      (stopped ??= (async () => {
        state.ready = false;
        // Stop taking new work at once: no new connections, idle ones closed, busy ones closed after
        // their current response; whatever is still busy after the cap is cut.
        const cap = setTimeout(() => server.closeAllConnections(), drainMs);
        await connections.close();
        clearTimeout(cap);
        await purgeJob.stop();
        for (const close of closing) await close().catch(() => undefined);
        await ctx.readAudit.idle();
        await ctx.storage.close();
        ctx.logger.info('vault stopped');
      })()),
  };
}
