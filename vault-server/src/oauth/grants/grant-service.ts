import {
  ConsentGrant,
  formatScopeString,
  type DataCategoryId,
  type Purpose,
  type Scope,
} from '@verwonder/shared';
import { OWNER } from '../../audit/audit-log.ts';
import type { OAuthDeps } from '../oauth-deps.ts';
import { podWebId } from '../oauth-config.ts';
import type { OAuthGrant } from '../store/oauth-store.ts';
import { randomToken } from '../tokens/opaque-token.ts';
import { endOfDay } from '../server/authorization-request.ts';

export interface NewGrant {
  pod: string;
  clientId: string;
  clientName: string;
  scopes: Scope[];
  purpose: Purpose;
  rankCategories: DataCategoryId[];
  /** Last day of the grant, `YYYY-MM-DD`. */
  until: string;
}

export type RevocationReason = 'owner' | 'client' | 'refresh-token-reuse' | 'code-replay';

/** The shared model's view of a grant (what exports, receipts and the ODRL policy use). */
export function toConsentGrant(grant: OAuthGrant): ConsentGrant {
  return ConsentGrant.parse({
    id: grant.id,
    webId: grant.webId,
    clientId: grant.clientId,
    clientName: grant.clientName,
    scopes: grant.scopes,
    purpose: grant.purpose,
    createdAt: grant.createdAt,
    expiresAt: grant.expiresAt,
    ...(grant.revokedAt ? { revokedAt: grant.revokedAt } : {}),
  });
}

export function isActive(grant: OAuthGrant, now = new Date()): boolean {
  return grant.revokedAt === null && grant.expiresAt > now.toISOString();
}

async function mirror(deps: OAuthDeps, grant: OAuthGrant): Promise<void> {
  await deps.consents?.put(
    grant.pod,
    grant.id,
    JSON.stringify(toConsentGrant(grant)),
    grant.createdAt,
  );
}

/** Stores an approved grant (and its ConsentGrant document for exports) and logs it. */
export async function createGrant(deps: OAuthDeps, input: NewGrant): Promise<OAuthGrant> {
  const grant: OAuthGrant = {
    id: randomToken(16),
    pod: input.pod,
    webId: podWebId(deps.config.issuer, input.pod),
    clientId: input.clientId,
    clientName: input.clientName,
    scopes: input.scopes,
    purpose: input.purpose,
    rankCategories: input.rankCategories,
    createdAt: new Date().toISOString(),
    expiresAt: endOfDay(input.until),
    revokedAt: null,
    revokedReason: null,
  };
  await deps.store.createGrant(grant);
  await mirror(deps, grant);
  await deps.audit(grant.pod, {
    actor: OWNER,
    action: 'grant-created',
    purpose: grant.purpose,
    detail:
      `${grant.clientName} (${grant.clientId}): ${formatScopeString(grant.scopes)} until ${grant.expiresAt}`.slice(
        0,
        500,
      ),
  });
  return grant;
}

/**
 * Revokes a grant: every token of it stops working on its next use (the resource server checks the
 * grant on each request), its refresh tokens are refused at the token endpoint.
 */
export async function revokeGrant(
  deps: OAuthDeps,
  grant: OAuthGrant,
  reason: RevocationReason,
): Promise<boolean> {
  const at = new Date().toISOString();
  if (!(await deps.store.revokeGrant(grant.id, at, reason))) return false;
  const revoked = { ...grant, revokedAt: at, revokedReason: reason };
  await mirror(deps, revoked);
  await deps.audit(grant.pod, {
    actor:
      reason === 'owner' ? OWNER : { type: 'client', clientId: grant.clientId, grantId: grant.id },
    action: 'grant-revoked',
    purpose: grant.purpose,
    detail: `${grant.clientName}: ${reason}`,
  });
  return true;
}
