export {
  oauthRoutes,
  openOAuth,
  vaultSessions,
  type OAuthModule,
  type OpenOAuthOptions,
} from './open-oauth.ts';
export { createOAuthRouter } from './router.ts';
export {
  requireAccessToken,
  tokenAccessOf,
  type TokenAccess,
} from './access/require-access-token.ts';
export { oauthConfig, type OAuthConfig } from './oauth-config.ts';
export type {
  OAuthDeps,
  OwnerSession,
  OwnerSessionResolver,
  AuditSink,
  ConsentLedger,
} from './oauth-deps.ts';
export type { OAuthStore, OAuthGrant } from './store/oauth-store.ts';
export { sqlOAuthStore } from './store/sql-oauth-store.ts';
export { migrateOAuth } from './store/migrate-oauth.ts';
export { OAUTH_MIGRATIONS } from './store/oauth-migrations.ts';
export { authorizationServerMetadata } from './server/metadata-endpoints.ts';
