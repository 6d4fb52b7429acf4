import {
  ConsentGrant,
  formatScopeString,
  type DataCategoryId,
  type Purpose,
  type Scope,
} from '@verwonder/shared';
import { OWNER } from '../../audit/audit-log.ts';
import type { AuditSink, ConsentLedger, OAuthDeps } from '../oauth-deps.ts';
import { podWebId } from '../oauth-config.ts';
import type { OAuthGrant, OAuthStore, StoredGrant } from '../store/oauth-store.ts';
import { randomToken } from '../tokens/opaque-token.ts';
import { endOfDay } from '../server/authorization-request.ts';
import { extensionClientId } from '../clients/extension-client.ts';

export interface NewGrant {
  pod: string;
  clientId: string;
  clientName: string;
  scopes: Scope[];
  purpose: Purpose;
  rankCategories: DataCategoryId[];
  /** Last day of the grant, `YYYY-MM-DD`. */
  until: string;
  /** The redirect URI of the approved request (see `OAuthGrant.redirectUri`). */
  redirectUri?: string;
}

export type RevocationReason = 'owner' | 'client' | 'refresh-token-reuse' | 'code-replay';

const consentInput = (grant: OAuthGrant) => ({
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

/** The shared model's view of a grant (what exports, receipts and the ODRL policy use). */
export function toConsentGrant(grant: OAuthGrant): ConsentGrant {
  return ConsentGrant.parse(consentInput(grant));
}

/** The same, or undefined for a grant that cannot be one (a damaged row): shown flagged, never a 500. */
export function consentGrantOf(grant: StoredGrant): ConsentGrant | undefined {
  if (grant.damaged) return undefined;
  const parsed = ConsentGrant.safeParse(consentInput(grant));
  return parsed.success ? parsed.data : undefined;
}

/** A damaged grant is never active: it gives no access. */
export function isActive(grant: StoredGrant, now = new Date()): grant is OAuthGrant {
  return !grant.damaged && grant.revokedAt === null && grant.expiresAt > now.toISOString();
}

/** The store, ledger and audit log to write with: inside one transaction when the vault provides one. */
export interface Writers {
  store: OAuthStore;
  consents?: ConsentLedger | undefined;
  audit: AuditSink;
}
export const atomically = <T>(deps: OAuthDeps, fn: (writers: Writers) => Promise<T>): Promise<T> =>
  deps.transaction ? deps.transaction(fn) : fn(deps);

const mirror = async (writers: Writers, grant: OAuthGrant, document: ConsentGrant) =>
  writers.consents?.put(grant.pod, grant.id, JSON.stringify(document), grant.createdAt);

/** The grant a consent form makes, and its ConsentGrant document: everything that can fail, before anything is stored. */
export function prepareGrant(
  deps: OAuthDeps,
  input: NewGrant,
): { grant: OAuthGrant; document: ConsentGrant } {
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
    ...(input.redirectUri ? { redirectUri: input.redirectUri } : {}),
  };
  return { grant, document: toConsentGrant(grant) };
}

/**
 * The client's grants on the pod that still work: what a new approval replaces. Not for the
 * Verwonder extension: it holds one grant per browser it is installed in (each with its own DPoP
 * key), and each ends its own when it pairs again or unpairs; a second browser must not end the
 * first one's.
 */
export async function grantsReplacedBy(
  deps: Pick<OAuthDeps, 'config'>,
  store: OAuthStore,
  pod: string,
  clientId: string,
): Promise<OAuthGrant[]> {
  if (clientId === extensionClientId(deps.config.issuer)) return [];
  return (await store.listGrants(pod)).filter(
    (grant): grant is OAuthGrant => isActive(grant) && grant.clientId === clientId,
  );
}

/**
 * Stores an approved grant (and its ConsentGrant document for exports) and logs it. It replaces the
 * client's earlier grants on the pod (`grantsReplacedBy`): they are revoked as the owner would (their tokens stop), in
 * the same transaction, so the person's latest choice is the only one that counts.
 */
export async function createGrant(
  deps: OAuthDeps,
  { grant, document }: { grant: OAuthGrant; document: ConsentGrant },
): Promise<OAuthGrant> {
  const replaced = await atomically(deps, async (writers) => {
    await writers.store.createGrant(grant);
    await mirror(writers, grant, document);
    const earlier = await grantsReplacedBy(deps, writers.store, grant.pod, grant.clientId);
    const revoked: OAuthGrant[] = [];
    for (const old of earlier.filter((other) => other.id !== grant.id)) {
      const done = await markRevoked(writers, old, 'owner', grant.createdAt, deps);
      if (done) revoked.push(old);
    }
    return revoked;
  });
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
  for (const old of replaced) await auditRevocation(deps, old, 'owner', 'replaced by a new grant');
  await settleReplaced(deps, grant);
  return grant;
}

/**
 * Two approvals for one client committed at the same moment do not see each other's grant (on
 * PostgreSQL's read committed, neither transaction revokes the other): after the commit, every
 * active grant of the client on the pod but the newest (by creation, then id) is revoked as
 * replaced. Each of the racing approvals does this pass; a grant is revoked, and audited, once.
 */
async function settleReplaced(deps: OAuthDeps, grant: OAuthGrant): Promise<void> {
  const active = await grantsReplacedBy(deps, deps.store, grant.pod, grant.clientId);
  if (active.length < 2) return;
  const newest = active.reduce((a, b) =>
    b.createdAt > a.createdAt || (b.createdAt === a.createdAt && b.id > a.id) ? b : a,
  );
  const replaced = await atomically(deps, async (writers) => {
    const revoked: OAuthGrant[] = [];
    for (const old of active.filter((other) => other.id !== newest.id))
      if (await markRevoked(writers, old, 'owner', new Date().toISOString(), deps))
        revoked.push(old);
    return revoked;
  });
  for (const old of replaced) await auditRevocation(deps, old, 'owner', 'replaced by a new grant');
}

/** Revokes in the store and updates the ConsentGrant document (a damaged grant has none to update). */
async function markRevoked(
  writers: Writers,
  grant: StoredGrant,
  reason: RevocationReason,
  at: string,
  deps: OAuthDeps,
): Promise<boolean> {
  if (!(await writers.store.revokeGrant(grant.id, at, reason))) return false;
  const document = consentGrantOf({ ...grant, revokedAt: at });
  if (document && !grant.damaged) await mirror(writers, grant, document);
  else
    deps.logger?.warn({ grantId: grant.id }, 'a revoked grant has no valid ConsentGrant document');
  return true;
}

async function auditRevocation(
  deps: OAuthDeps,
  grant: StoredGrant,
  reason: RevocationReason,
  note?: string,
): Promise<void> {
  await deps.audit(grant.pod, {
    actor:
      reason === 'owner' ? OWNER : { type: 'client', clientId: grant.clientId, grantId: grant.id },
    action: 'grant-revoked',
    ...(grant.damaged ? {} : { purpose: grant.purpose }),
    detail: `${grant.clientName}: ${reason}${note ? ` (${note})` : ''}`.slice(0, 500),
  });
}

/**
 * Revokes a grant: every token of it stops working on its next use (the resource server checks the
 * grant on each request), its refresh tokens are refused at the token endpoint.
 */
export async function revokeGrant(
  deps: OAuthDeps,
  grant: StoredGrant,
  reason: RevocationReason,
): Promise<boolean> {
  const at = new Date().toISOString();
  if (!(await atomically(deps, (writers) => markRevoked(writers, grant, reason, at, deps))))
    return false;
  await auditRevocation(deps, grant, reason);
  return true;
}
