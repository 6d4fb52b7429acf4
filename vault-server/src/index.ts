export { startVault, type StartVaultOptions, type RunningVault } from './start-vault.ts';
export { loadConfig, type VaultConfig } from './config/vault-config.ts';
export type { RouteMount } from './http/create-app.ts';
export type { VaultContext } from './vault-context.ts';
export { signedIn, requireSignedIn, requirePodOwner } from './auth/auth-middleware.ts';
export { appendAudit, OWNER, type AuditEvent } from './audit/audit-log.ts';
export { oauthRoutes, openOAuth, type OAuthModule } from './oauth/index.ts';
export {
  insightRoutes,
  insightUploadKey,
  optInExplanation,
  startInsight,
  submitWeekReport,
  type InsightClientConfig,
  type RunningInsight,
} from './insight/index.ts';
export { ensureDemoSourceKeys } from './streams/demo-source-keys.ts';
