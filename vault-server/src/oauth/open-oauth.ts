import { Router, type RequestHandler } from 'express';
import type { RouteMount } from '../http/create-app.ts';
import { signedIn } from '../auth/auth-middleware.ts';
import { resolveSession, SESSION_COOKIE } from '../auth/sessions.ts';
import { appendAuditBatch } from '../audit/audit-log.ts';
import { logRefusal } from '../audit/refusal-log.ts';
import { Keyring } from '../crypto/keyring.ts';
import { rateLimitStore } from '../http/rate-limit/rate-limit-store.ts';
import { RateLimiter } from '../http/rate-limit/rate-limiter.ts';
import { readCookie } from '../http/cookies.ts';
import type { VaultContext } from '../vault-context.ts';
import { catalogData } from '@verwonder/shared/catalog-data';
import { vaultRecordAccess } from '../resources/record-access.ts';
import type { RankingCatalog } from './access/wonder-ranker.ts';
import { requireAccessToken } from './access/require-access-token.ts';
import { ClientResolver, type ClientResolverOptions } from './clients/client-resolver.ts';
import { ownClientDocument } from './clients/extension-client.ts';
import { keyringSecretBox } from './keys/secret-box.ts';
import { SigningKeys } from './keys/signing-keys.ts';
import { oauthConfig, type OAuthConfig } from './oauth-config.ts';
import { grantView } from './grants/grant-routes.ts';
import type { OAuthDeps, OwnerSessionResolver } from './oauth-deps.ts';
import { createOAuthRouter, createTokenRouter } from './router.ts';
import { migrateOAuth } from './store/migrate-oauth.ts';
import { sqlOAuthStore } from './store/sql-oauth-store.ts';
import { consentsStore } from '../storage/stores/pod-settings-store.ts';
import { sqlRankBudget } from './store/rank-budget-store.ts';
import { BatchedProofCache } from './tokens/batched-proof-cache.ts';
import { MemoryProofCache } from './tokens/proof-replay-cache.ts';

export interface OAuthModule {
  deps: OAuthDeps;
  /** Mount after the security headers and before the vault's pod routes. */
  router: Router;
  /** Requests to pods with a token: mount after the security headers, before sessions and pages. */
  tokenRouter: Router;
  /** For any other route that takes tokens (`:pod` in its path). */
  requireAccessToken: () => RequestHandler;
  /** Deletes expired codes, requests, refresh tokens, revocations, DPoP proof ids and past days' rank budgets; call it from the purge timer. */
  purgeExpired: () => Promise<number>;
}

export interface OpenOAuthOptions {
  config?: Partial<OAuthConfig>;
  /** The catalogue the wonder algorithm ranks with; null for plain content matching. Default: the committed demo catalogue. */
  catalog?: RankingCatalog | null;
  /** Narrows where client documents may be fetched from (tests keep every fetch on this machine). */
  clientFetch?: Pick<ClientResolverOptions, 'resolve' | 'addressAllowed'>;
}

/** The signed-in owner from the vault's session cookie (whether or not its session middleware ran). */
export function vaultSessions(ctx: VaultContext): OwnerSessionResolver {
  return async (req, res) => {
    const auth =
      signedIn(res) ?? (await resolveSession(ctx, readCookie(req.headers.cookie, SESSION_COOKIE)));
    return auth
      ? {
          accountId: auth.account.id,
          podName: auth.account.podName,
          csrfToken: auth.session.csrfToken,
        }
      : undefined;
  };
}

/** Migrates the OAuth tables and builds the module on the vault's storage, master key, sessions, records and audit log. */
export async function openOAuth(
  ctx: VaultContext,
  options: OpenOAuthOptions = {},
): Promise<OAuthModule> {
  await migrateOAuth(ctx.storage.driver);
  const base = oauthConfig(ctx.config.publicUrl, {
    allowLoopbackClients: ctx.config.allowLoopbackClients,
    requestsPerMinute: ctx.config.oauthRateLimit,
    clientFetchesPerMinute: ctx.config.clientFetchRateLimit,
    ...options.config,
  });
  // The vault learns its public URL only after listening when it binds port 0: follow it.
  const config: OAuthConfig = Object.defineProperties(base, {
    issuer: { get: () => options.config?.issuer ?? ctx.config.publicUrl, enumerable: true },
    signInUrl: {
      value:
        options.config?.signInUrl ??
        ((returnTo: string) => `/signin?return_to=${encodeURIComponent(returnTo)}`),
      enumerable: true,
    },
  });
  const store = sqlOAuthStore(ctx.storage.driver);
  const keyring = new Keyring({
    file: ctx.config.masterKeyFile,
    generate: ctx.config.generateMasterKey,
    warn: (message) => ctx.logger.warn(message),
  });
  const keys = new SigningKeys(store, keyringSecretBox(keyring), {
    rotationSeconds: config.signingKeyRotationSeconds,
    // A retired key stays published while a token it signed can still be presented.
    overlapSeconds: config.accessTokenSeconds + config.dpopClockSkewSeconds + 60,
    onWarning: (message) => ctx.logger.warn(message),
  });
  const limits = rateLimitStore(ctx.storage.driver);
  const clients = new ClientResolver(store, {
    timeoutMs: config.clientFetchTimeoutMs,
    maxBytes: config.clientDocumentMaxBytes,
    cacheSeconds: config.clientCacheSeconds,
    allowLoopback: config.allowLoopbackClients,
    fetchLimiter: new RateLimiter(limits, {
      name: 'client-fetch',
      limit: config.clientFetchesPerMinute,
      windowSeconds: 60,
    }),
    onRefused: (clientId, reason) =>
      ctx.logger.warn({ clientId, reason }, 'client metadata document refused'),
    ownDocument: (clientId) => ownClientDocument(config.issuer, clientId),
    ...options.clientFetch,
  });
  // The person's grants (active, revoked and expired) belong in their export.
  ctx.exportSections.set('grants', async (pod) => (await store.listGrants(pod)).map(grantView));
  const deps: OAuthDeps = {
    config,
    store,
    proofs:
      ctx.storage.dialect === 'sqlite' ? new MemoryProofCache() : new BatchedProofCache(store),
    keys,
    clients,
    requestLimiter: new RateLimiter(limits, {
      name: 'oauth',
      limit: config.requestsPerMinute,
      windowSeconds: 60,
    }),
    sessions: vaultSessions(ctx),
    // Token-side events are not part of a data write: they share the vault's group commit for reads.
    audit: (pod, event) => ctx.readAudit.append(pod, event),
    refusals: async (pod, event) => void (await logRefusal(ctx.storage, pod, event)),
    records: vaultRecordAccess(ctx),
    rankBudget: sqlRankBudget(ctx.storage.driver),
    consents: ctx.storage.consents,
    transaction: (fn) =>
      ctx.storage.driver.transaction((tx) =>
        fn({
          store: sqlOAuthStore(tx),
          consents: consentsStore(tx),
          // In the caller's transaction, not the read batcher's: the entry commits with what it records.
          audit: (pod, event) =>
            appendAuditBatch(
              ctx.storage.storesOn(tx),
              new Map([[pod, [{ event, at: new Date() }]]]),
            ),
        }),
      ),
    catalog: options.catalog === undefined ? catalogData() : (options.catalog ?? undefined),
    logger: ctx.logger,
  };
  warmCatalog(deps);
  return {
    deps,
    router: createOAuthRouter(deps),
    tokenRouter: createTokenRouter(deps),
    requireAccessToken: () => requireAccessToken(deps),
    purgeExpired: async () => {
      const now = new Date().toISOString();
      return (
        (await store.purgeExpired(now)) + (await deps.rankBudget.purgeBefore(now.slice(0, 10)))
      );
    },
  };
}

/**
 * The module as a `RouteMount` for `startVault({ routes: [oauthRoutes()] })`: `createApp` is
 * synchronous, so the module opens (migrations, keys) in the background and requests to its routes
 * wait for it. Expired codes, requests and proof ids are purged on the vault's purge interval. Its
 * `tokenRoutes` take the requests to pods that carry a token, ahead of the vault's own middleware.
 */
export function oauthRoutes(options: OpenOAuthOptions = {}): RouteMount {
  return (ctx) => {
    const opening = openOAuth(ctx, options);
    let open: OAuthModule | undefined;
    opening.then(
      (module) => {
        open = module;
        const minutes = ctx.config.purgeIntervalMinutes;
        if (minutes > 0)
          setInterval(
            () => void module.purgeExpired().catch(() => undefined),
            minutes * 60_000,
          ).unref();
      },
      (error: unknown) => ctx.logger.error({ err: error }, 'the OAuth module could not start'),
    );
    const handOn =
      (pick: (module: OAuthModule) => RequestHandler): RequestHandler =>
      (req, res, next) => {
        if (open) return pick(open)(req, res, next);
        opening.then(
          (module) => pick(module)(req, res, next),
          (error: unknown) => next(error),
        );
      };
    const toRouter = handOn((module) => module.router);
    const toTokenRouter = handOn((module) => module.tokenRouter);
    return Object.assign(Router().use(toRouter), {
      // startVault keeps /healthz at 503 until the module is open (and for good if it fails).
      ready: opening,
      // Only requests to a pod with a token: every other request passes on at once.
      tokenRoutes: ((req, res, next) =>
        req.headers.authorization !== undefined && req.path.startsWith('/pods/')
          ? toTokenRouter(req, res, next)
          : next()) satisfies RequestHandler,
    });
  };
}

/** After start, once /healthz answers: reading it at start would delay the answer by as much. */
const WARM_AFTER_MS = 1_000;

/**
 * Reads the ranking catalogue soon after start, not at a city site's first ranking: reading and
 * checking 10,000 books takes seconds on a busy machine, longer than a site waits for its answer.
 */
function warmCatalog({ catalog, logger }: OAuthDeps): void {
  if (!catalog) return;
  setTimeout(() => {
    try {
      catalog.itemsById();
      catalog.bridge();
    } catch (error) {
      // The first ranking reports it again, as the problem it answers.
      logger?.warn({ err: error }, 'the ranking catalogue could not be read');
    }
  }, WARM_AFTER_MS).unref();
}
