import { createHash, randomBytes } from 'node:crypto';
import type { Response } from 'express';
import type { Account } from '../storage/stores/accounts-store.ts';
import type { Session } from '../storage/stores/sessions-store.ts';
import type { VaultContext } from '../vault-context.ts';

export const SESSION_COOKIE = 'vw_session';
const TOUCH_INTERVAL_MS = 5 * 60_000;

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export interface SignedIn {
  account: Account;
  session: Session;
}

/** Starts a server-side session; only the hash of the cookie value is stored. */
export async function startSession(
  ctx: VaultContext,
  res: Response,
  accountId: string,
  userAgent?: string,
): Promise<Session> {
  const value = randomBytes(32).toString('base64url');
  const now = new Date();
  const session: Session = {
    idHash: sha256(value),
    accountId,
    csrfToken: randomBytes(24).toString('base64url'),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ctx.config.sessionHours * 3_600_000).toISOString(),
    revokedAt: null,
    userAgent: userAgent?.slice(0, 300) ?? null,
    lastUsedAt: now.toISOString(),
  };
  await ctx.storage.sessions.create(session);
  res.cookie(SESSION_COOKIE, value, {
    httpOnly: true,
    // Lax, not Strict: arriving from a city site's "connect your vault" link must find you signed in;
    // every state change still needs the CSRF token.
    sameSite: 'lax',
    secure: ctx.config.publicUrl.startsWith('https:'),
    path: '/',
    expires: new Date(session.expiresAt),
  });
  return session;
}

export async function resolveSession(
  ctx: VaultContext,
  cookieValue: string | undefined,
): Promise<SignedIn | undefined> {
  if (!cookieValue) return undefined;
  const found = await ctx.storage.sessions.withAccount(sha256(cookieValue));
  if (!found || found.session.revokedAt !== null) return undefined;
  const now = new Date();
  if (found.session.expiresAt <= now.toISOString()) return undefined;
  const last = found.session.lastUsedAt ? Date.parse(found.session.lastUsedAt) : 0;
  // "Last used" for the owner's session list, written at most every few minutes, not per request.
  if (now.getTime() - last > TOUCH_INTERVAL_MS) {
    await ctx.storage.sessions.touch(found.session.idHash, now.toISOString());
    found.session.lastUsedAt = now.toISOString();
  }
  return found;
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}
