import type { Request, RequestHandler, Response } from 'express';
import { VerwonderError } from '@verwonder/shared';
import { readCookie } from '../http/cookies.ts';
import type { VaultContext } from '../vault-context.ts';
import { resolveSession, SESSION_COOKIE, type SignedIn } from './sessions.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Attaches the signed-in account (if any) to `res.locals.signedIn`. */
export function sessionAuth(ctx: VaultContext): RequestHandler {
  return async (req, res, next) => {
    res.locals.signedIn = await resolveSession(ctx, readCookie(req.headers.cookie, SESSION_COOKIE));
    next();
  };
}

export function signedIn(res: Response): SignedIn | undefined {
  const value: unknown = res.locals.signedIn;
  return value && typeof value === 'object' ? (value as SignedIn) : undefined;
}

/**
 * Cookie-authenticated state changes must come from our own pages: the Origin (when the browser sends
 * one) must be ours and the X-CSRF-Token header must carry the session's token, which a page of
 * another site cannot read.
 */
export function checkCsrf(ctx: VaultContext, req: Request, auth: SignedIn): void {
  if (SAFE_METHODS.has(req.method)) return;
  checkOrigin(ctx, req);
  if (req.get('x-csrf-token') !== auth.session.csrfToken)
    throw new VerwonderError('csrf_failed', 'missing or wrong X-CSRF-Token header');
}

export function checkOrigin(ctx: VaultContext, req: Request): void {
  const origin = req.get('origin');
  if (origin !== undefined && origin !== new URL(ctx.config.publicUrl).origin)
    throw new VerwonderError('csrf_failed', 'request from another origin');
}

/** The signed-in account, with CSRF checked for state changes; 401 otherwise. */
export function requireSignedIn(ctx: VaultContext, req: Request, res: Response): SignedIn {
  const auth = signedIn(res);
  if (!auth) throw new VerwonderError('unauthenticated', 'sign in first');
  checkCsrf(ctx, req, auth);
  return auth;
}

/** Only the owner reaches a pod through a session (clients with grants come in a later issue). */
export function requirePodOwner(
  ctx: VaultContext,
  req: Request,
  res: Response,
  pod: string,
): SignedIn {
  const auth = requireSignedIn(ctx, req, res);
  if (auth.account.podName !== pod) throw new VerwonderError('forbidden', 'this is not your pod');
  return auth;
}
