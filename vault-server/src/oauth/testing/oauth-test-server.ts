import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createApp, type AppState } from '../../http/create-app.ts';
import { keepAlive } from '../../http/keep-alive.ts';
import { problemHandler } from '../../http/problem.ts';
import { securityHeaders } from '../../http/security-headers.ts';
import { SESSION_COOKIE } from '../../auth/sessions.ts';
import { createTestPod, openTestVault, type TestVault } from '../../testing/test-vault.ts';
import type { VaultContext } from '../../vault-context.ts';
import { openOAuth, type OAuthModule, type OpenOAuthOptions } from '../open-oauth.ts';

export interface OwnerLogin {
  pod: string;
  accountId: string;
  /** `Cookie` header value of a live session. */
  cookie: string;
  csrfToken: string;
}

export interface OAuthTestVault {
  url: string;
  ctx: VaultContext;
  oauth: OAuthModule;
  vault: TestVault;
  /** An account with its pod and a signed-in session, made directly in storage. */
  owner(pod: string): Promise<OwnerLogin>;
  close(): Promise<void>;
}

/**
 * A real vault (engine, master key, record service, audit log, the vault's own app) with the OAuth
 * router mounted in front of it, listening on the loopback interface: the wiring the lead is asked
 * to add to `createApp`, done from outside.
 */
export async function startOAuthTestVault(
  options: {
    engine?: 'sqlite' | 'postgres';
    host?: 'localhost' | '127.0.0.1';
    oauth?: OpenOAuthOptions;
  } = {},
): Promise<OAuthTestVault> {
  // OAUTH_TEST_ENGINE=postgres runs the HTTP suites on PostgreSQL (where DPoP proof ids go to the store).
  const vault = await openTestVault(
    options.engine ?? (process.env.OAUTH_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite'),
  );
  const ctx = vault.ctx;
  const oauth = await openOAuth(ctx, options.oauth);
  const state: AppState = { ready: true };
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(oauth.tokenRouter);
  app.use(oauth.router);
  app.use(createApp(ctx, state));
  app.use(problemHandler(ctx.logger));
  const server = http.createServer(app);
  // The vault's keep-alive: with Node's 5 s, the test's fetch (undici) sent POSTs on sockets the
  // server was closing (ECONNRESET).
  keepAlive(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  Object.assign(ctx.config, { port, publicUrl: url, rpId: options.host ?? '127.0.0.1' });

  return {
    url,
    ctx,
    oauth,
    vault,
    owner: (pod) => createOwnerSession(ctx, pod),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await vault.dispose();
    },
  };
}

/** An account with its pod and a signed-in session, made directly in storage. */
export async function createOwnerSession(ctx: VaultContext, pod: string): Promise<OwnerLogin> {
  const accountId = await createTestPod(ctx, pod);
  const value = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = new Date();
  await ctx.storage.sessions.create({
    idHash: createHash('sha256').update(value).digest('hex'),
    accountId,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
    revokedAt: null,
  });
  return { pod, accountId, cookie: `${SESSION_COOKIE}=${value}`, csrfToken };
}
