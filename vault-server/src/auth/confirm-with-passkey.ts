import { generateAuthenticationOptions } from '@simplewebauthn/server';
import { VerwonderError } from '@verwonder/shared';
import type { z } from 'zod';
import type { Account } from '../storage/stores/accounts-store.ts';
import type { VaultContext } from '../vault-context.ts';
import { ForAccount, saveChallenge, takeChallenge, verifyAssertion } from './passkey-ceremonies.ts';
import type { SignedIn } from './sessions.ts';
import type { AuthenticationResponse } from './webauthn-schemas.ts';

/**
 * How long a sign-in or a confirmation with a passkey counts as fresh. Adding or removing a passkey
 * and issuing new recovery codes change how the person signs in: a session alone (a stolen cookie,
 * a browser left signed in at the library) must not do it, or whoever holds it keeps the account
 * after "sign out everywhere". Erasing the whole account asks the same, so such a session cannot
 * destroy everything either. A sign-in with a recovery code is fresh too, so a person who lost
 * every passkey can add a new one.
 */
export const CONFIRM_MINUTES = 5;

/** Until when the session may change how the person signs in without confirming again. */
export function confirmedUntil(session: SignedIn['session']): string {
  const latest = Math.max(
    Date.parse(session.createdAt),
    session.confirmedAt ? Date.parse(session.confirmedAt) : 0,
  );
  return new Date(latest + CONFIRM_MINUTES * 60_000).toISOString();
}

/** Throws 403 (`reason: confirmation_required`) unless the session signed in or confirmed lately. */
export function requireConfirmed(auth: SignedIn, now = Date.now()): void {
  if (!(now <= Date.parse(confirmedUntil(auth.session))))
    throw new VerwonderError('forbidden', 'confirm with one of your passkeys first', {
      details: { reason: 'confirmation_required' },
    });
}

/** Options for an assertion by one of this account's own passkeys. */
export async function startConfirm(ctx: VaultContext, account: Account) {
  const passkeys = await ctx.storage.passkeys.listByAccount(account.id);
  const options = await generateAuthenticationOptions({
    rpID: ctx.config.rpId,
    userVerification: 'required',
    allowCredentials: passkeys.map((passkey) => ({
      id: passkey.id,
      transports: passkey.transports as never,
    })),
  });
  return {
    challengeId: await saveChallenge(ctx, 'confirm', options.challenge, { accountId: account.id }),
    options,
  };
}

/** Verifies the assertion and marks the session as confirmed now. */
export async function finishConfirm(
  ctx: VaultContext,
  auth: SignedIn,
  challengeId: string,
  response: z.infer<typeof AuthenticationResponse>,
): Promise<void> {
  const challenge = await takeChallenge(ctx, challengeId, 'confirm');
  if (ForAccount.parse(JSON.parse(challenge.payload)).accountId !== auth.account.id)
    throw new VerwonderError('forbidden', 'challenge of another account');
  const passkey = await ctx.storage.passkeys.byId(response.id);
  if (!passkey || passkey.accountId !== auth.account.id)
    throw new VerwonderError('forbidden', 'that is not one of your passkeys');
  const counter = await verifyAssertion(ctx, challenge, response, passkey).catch(() => {
    // 403, not 401: the session stays signed in, only the confirmation failed.
    throw new VerwonderError('forbidden', 'the passkey could not be verified');
  });
  const now = new Date().toISOString();
  await ctx.storage.transaction(async (tx) => {
    if (!(await tx.passkeys.recordUse(passkey.id, counter, now)))
      throw new VerwonderError('forbidden', 'the passkey could not be verified');
    await tx.sessions.confirm(auth.session.idHash, now);
  });
}
