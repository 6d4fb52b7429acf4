import { Router, type RequestHandler } from 'express';
import { VerwonderError } from '@verwonder/shared';
import { z } from 'zod';
import { appendAudit, OWNER } from '../audit/audit-log.ts';
import { parseInput, PodName } from '../http/validate.ts';
import type { VaultContext } from '../vault-context.ts';
import { checkOrigin, requireSignedIn, signedIn } from './auth-middleware.ts';
import {
  confirmedUntil,
  finishConfirm,
  requireConfirmed,
  startConfirm,
} from './confirm-with-passkey.ts';
import {
  finishAddPasskey,
  finishSignIn,
  finishSignUp,
  startAddPasskey,
  startSignIn,
  passkeyRef,
  startSignUp,
  webIdOf,
} from './passkey-ceremonies.ts';
import { generateRecoveryCodes, hashRecoveryCode } from './recovery-codes.ts';
import { clearSessionCookie, startSession } from './sessions.ts';
import { AuthenticationResponse, RegistrationResponse } from './webauthn-schemas.ts';

const PasskeyName = z.string().trim().min(1).max(100);
/**
 * As saveChallenge makes them: anything else is no challenge of ours (and a NUL byte would reach
 * PostgreSQL as text).
 */
const ChallengeId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
const SignUpStart = z
  .object({ podName: PodName, displayName: z.string().trim().min(1).max(100) })
  .strict();
const Finish = <S extends z.ZodType>(response: S) =>
  z
    .object({
      challengeId: ChallengeId,
      response,
      passkeyName: PasskeyName.optional(),
    })
    .strict();
const Confirm = z.object({ challengeId: ChallengeId, response: AuthenticationResponse }).strict();
const Recover = z.object({ podName: PodName, code: z.string().min(8).max(40) }).strict();
const Rename = z.object({ name: PasskeyName }).strict();
/** A credential id (base64url); anything else names no passkey (404, never a database error). */
const PasskeyId = z.string().regex(/^[A-Za-z0-9_-]{1,1400}$/);
const passkeyIdOf = (value: unknown): string => {
  const parsed = PasskeyId.safeParse(value);
  if (!parsed.success) throw new VerwonderError('not_found', 'no such passkey');
  return parsed.data;
};

/** Sign-up, sign-in (passkeys, recovery codes), sessions and passkey management, as JSON endpoints. */
export function authRoutes(ctx: VaultContext, rateLimit: RequestHandler): Router {
  const router = Router();

  router.post('/auth/register/options', rateLimit, async (req, res) => {
    checkOrigin(ctx, req);
    const { podName, displayName } = parseInput(SignUpStart, req.body);
    res.json(await startSignUp(ctx, podName, displayName));
  });

  router.post('/auth/register/verify', rateLimit, async (req, res) => {
    checkOrigin(ctx, req);
    const body = parseInput(Finish(RegistrationResponse), req.body);
    const { account, recoveryCodes } = await finishSignUp(
      ctx,
      body.challengeId,
      body.response,
      body.passkeyName ?? 'Passkey',
    );
    const session = await startSession(ctx, res, account.id, req.get('user-agent'));
    res.status(201).json({
      podName: account.podName,
      webId: webIdOf(ctx, account.podName),
      csrfToken: session.csrfToken,
      recoveryCodes,
    });
  });

  router.post('/auth/login/options', rateLimit, async (req, res) => {
    checkOrigin(ctx, req);
    res.json(await startSignIn(ctx));
  });

  router.post('/auth/login/verify', rateLimit, async (req, res) => {
    checkOrigin(ctx, req);
    const body = parseInput(Finish(AuthenticationResponse), req.body);
    const account = await finishSignIn(ctx, body.challengeId, body.response);
    const session = await startSession(ctx, res, account.id, req.get('user-agent'));
    res.json({
      podName: account.podName,
      webId: webIdOf(ctx, account.podName),
      csrfToken: session.csrfToken,
    });
  });

  router.post('/auth/recover', rateLimit, async (req, res) => {
    checkOrigin(ctx, req);
    const { podName, code } = parseInput(Recover, req.body);
    const account = await ctx.storage.accounts.byPodName(podName);
    const now = new Date().toISOString();
    if (
      !account ||
      !(await ctx.storage.recoveryCodes.consume(account.id, hashRecoveryCode(code), now))
    ) {
      throw new VerwonderError('unauthenticated', 'unknown pod or recovery code');
    }
    await appendAudit(ctx.storage, account.podName, { actor: OWNER, action: 'recovery-code-used' });
    const session = await startSession(ctx, res, account.id, req.get('user-agent'));
    res.json({
      podName,
      webId: webIdOf(ctx, podName),
      csrfToken: session.csrfToken,
      remainingCodes: await ctx.storage.recoveryCodes.remaining(account.id),
    });
  });

  router.get('/auth/session', async (_req, res) => {
    const auth = signedIn(res);
    if (!auth) throw new VerwonderError('unauthenticated', 'not signed in');
    const { account, session } = auth;
    res.json({
      podName: account.podName,
      displayName: account.displayName,
      webId: webIdOf(ctx, account.podName),
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
      confirmedUntil: confirmedUntil(session),
    });
  });

  router.post('/auth/logout', async (req, res) => {
    const { account, session } = requireSignedIn(ctx, req, res);
    await ctx.storage.sessions.revoke(session.idHash, new Date().toISOString());
    await appendAudit(ctx.storage, account.podName, { actor: OWNER, action: 'sign-out' });
    clearSessionCookie(res);
    res.status(204).end();
  });

  router.post('/auth/logout-everywhere', async (req, res) => {
    const { account } = requireSignedIn(ctx, req, res);
    const count = await ctx.storage.sessions.revokeAll(account.id, new Date().toISOString());
    await appendAudit(ctx.storage, account.podName, {
      actor: OWNER,
      action: 'sessions-revoked',
      detail: `${count} sessions`,
    });
    clearSessionCookie(res);
    res.status(204).end();
  });

  router.get('/auth/passkeys', async (req, res) => {
    const { account } = requireSignedIn(ctx, req, res);
    const passkeys = await ctx.storage.passkeys.listByAccount(account.id);
    res.json({
      passkeys: passkeys.map(({ id, name, createdAt, lastUsedAt, transports }) => ({
        id,
        name,
        createdAt,
        lastUsedAt,
        transports,
      })),
      recoveryCodesLeft: await ctx.storage.recoveryCodes.remaining(account.id),
    });
  });

  router.post('/auth/confirm/options', async (req, res) => {
    const { account } = requireSignedIn(ctx, req, res);
    res.json(await startConfirm(ctx, account));
  });

  router.post('/auth/confirm/verify', rateLimit, async (req, res) => {
    const auth = requireSignedIn(ctx, req, res);
    const body = parseInput(Confirm, req.body);
    await finishConfirm(ctx, auth, body.challengeId, body.response);
    res.status(204).end();
  });

  router.post('/auth/passkeys/options', async (req, res) => {
    const auth = requireSignedIn(ctx, req, res);
    requireConfirmed(auth);
    res.json(await startAddPasskey(ctx, auth));
  });

  router.post('/auth/passkeys/verify', async (req, res) => {
    const auth = requireSignedIn(ctx, req, res);
    // Checked again at the end: the challenge outlives the confirmation by up to five minutes.
    requireConfirmed(auth);
    const body = parseInput(Finish(RegistrationResponse), req.body);
    const passkey = await finishAddPasskey(
      ctx,
      auth,
      body.challengeId,
      body.response,
      body.passkeyName ?? 'Passkey',
    );
    res.status(201).json({ id: passkey.id, name: passkey.name, createdAt: passkey.createdAt });
  });

  router.patch('/auth/passkeys/:id', async (req, res) => {
    const { account } = requireSignedIn(ctx, req, res);
    const id = passkeyIdOf(req.params.id);
    const { name } = parseInput(Rename, req.body);
    if (!(await ctx.storage.passkeys.rename(account.id, id, name)))
      throw new VerwonderError('not_found', 'no such passkey');
    await appendAudit(ctx.storage, account.podName, {
      actor: OWNER,
      action: 'passkey-renamed',
      detail: passkeyRef(id),
    });
    res.status(204).end();
  });

  router.delete('/auth/passkeys/:id', async (req, res) => {
    const auth = requireSignedIn(ctx, req, res);
    requireConfirmed(auth);
    const { account } = auth;
    await ctx.storage.transaction(async (tx) => {
      const passkeys = await tx.passkeys.lockByAccount(account.id);
      const id = passkeyIdOf(req.params.id);
      const target = passkeys.find((passkey) => passkey.id === id);
      if (!target) throw new VerwonderError('not_found', 'no such passkey');
      if (passkeys.length === 1)
        throw new VerwonderError('conflict', 'you cannot remove your last passkey');
      await tx.passkeys.remove(account.id, target.id);
      await appendAudit(tx, account.podName, {
        actor: OWNER,
        action: 'passkey-removed',
        detail: passkeyRef(target.id),
      });
    });
    res.status(204).end();
  });

  router.post('/auth/recovery-codes', async (req, res) => {
    const auth = requireSignedIn(ctx, req, res);
    requireConfirmed(auth);
    const { account } = auth;
    const codes = generateRecoveryCodes();
    await ctx.storage.transaction(async (tx) => {
      await tx.recoveryCodes.replace(
        account.id,
        codes.map(hashRecoveryCode),
        new Date().toISOString(),
      );
      await appendAudit(tx, account.podName, { actor: OWNER, action: 'recovery-codes-created' });
    });
    res.status(201).json({ recoveryCodes: codes });
  });

  return router;
}
