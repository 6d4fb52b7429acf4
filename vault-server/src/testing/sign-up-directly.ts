import { randomBytes } from 'node:crypto';
import { sha256, SESSION_COOKIE } from '../auth/sessions.ts';
import type { VaultStorage } from '../storage/vault-storage.ts';

export interface DirectSession {
  accountId: string;
  /** The `Cookie` header value of the new session. */
  cookie: string;
  csrf: string;
}

/**
 * An account with a one-hour session, written straight into storage: for tests whose subject is not
 * sign-up (the browser tests go through the real passkey ceremony instead).
 */
export async function signUpDirectly(storage: VaultStorage, pod: string): Promise<DirectSession> {
  const accountId = `acc-${pod}`;
  const now = new Date();
  await storage.accounts.create({
    id: accountId,
    podName: pod,
    displayName: pod,
    userHandle: randomBytes(16).toString('base64url'),
    createdAt: now.toISOString(),
  });
  const value = randomBytes(32).toString('base64url');
  const csrf = randomBytes(16).toString('base64url');
  await storage.sessions.create({
    idHash: sha256(value),
    accountId,
    csrfToken: csrf,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
    revokedAt: null,
  });
  return { accountId, cookie: `${SESSION_COOKIE}=${value}`, csrf };
}
