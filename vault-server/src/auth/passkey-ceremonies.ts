import { randomBytes } from 'node:crypto';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { VerwonderError } from '@verwonder/shared';
import { z } from 'zod';
import { appendAudit, OWNER } from '../audit/audit-log.ts';
import { isUniqueViolation } from '../storage/sql-driver.ts';
import type { Account } from '../storage/stores/accounts-store.ts';
import type { Challenge } from '../storage/stores/credentials-extra-store.ts';
import type { Passkey } from '../storage/stores/passkeys-store.ts';
import type { VaultContext } from '../vault-context.ts';
import { generateRecoveryCodes, hashRecoveryCode } from './recovery-codes.ts';
import type { SignedIn } from './sessions.ts';
import type { AuthenticationResponse, RegistrationResponse } from './webauthn-schemas.ts';

const CHALLENGE_MINUTES = 5;
const RP_NAME = 'Verwonder';

const PendingAccount = z.object({
  podName: z.string(),
  displayName: z.string(),
  userHandle: z.string(),
});
export const ForAccount = z.object({ accountId: z.string() });
/** Adding a passkey is bound to the session that asked, not only to its account. */
const ForSession = ForAccount.extend({ sessionIdHash: z.string() });

export async function saveChallenge(
  ctx: VaultContext,
  purpose: Challenge['purpose'],
  challenge: string,
  payload: object,
): Promise<string> {
  const id = randomBytes(18).toString('base64url');
  const expiresAt = new Date(Date.now() + CHALLENGE_MINUTES * 60_000).toISOString();
  await ctx.storage.challenges.put({
    id,
    challenge,
    purpose,
    payload: JSON.stringify(payload),
    expiresAt,
  });
  return id;
}

export async function takeChallenge(
  ctx: VaultContext,
  id: string,
  purpose: Challenge['purpose'],
): Promise<Challenge> {
  const challenge = await ctx.storage.challenges.take(id, new Date().toISOString());
  if (!challenge || challenge.purpose !== purpose)
    throw new VerwonderError('invalid_input', 'unknown or expired challenge; start again');
  return challenge;
}

const expected = (ctx: VaultContext) => ({
  expectedOrigin: new URL(ctx.config.publicUrl).origin,
  expectedRPID: ctx.config.rpId,
});

/**
 * How the audit log names a passkey: by the start of its credential id, never by the name the person
 * gave it (the log is append-only and not encrypted, and a name such as "Anna's phone" identifies).
 */
export const passkeyRef = (id: string): string => `passkey ${id.slice(0, 8)}`;

export const webIdOf = (ctx: VaultContext, podName: string): string =>
  `${ctx.config.publicUrl}/pods/${podName}/profile#me`;

async function creationOptions(
  ctx: VaultContext,
  userName: string,
  displayName: string,
  userHandle: string,
  exclude: Passkey[],
) {
  return generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: ctx.config.rpId,
    userName,
    userDisplayName: displayName,
    userID: Buffer.from(userHandle, 'base64url'),
    attestationType: 'none',
    excludeCredentials: exclude.map((passkey) => ({
      id: passkey.id,
      transports: passkey.transports,
    })),
    // Discoverable credentials: sign-in needs no user name, the authenticator offers the passkey.
    authenticatorSelection: {
      residentKey: 'required',
      requireResidentKey: true,
      userVerification: 'required',
    },
  });
}

async function verifyCreation(
  ctx: VaultContext,
  challenge: Challenge,
  response: z.infer<typeof RegistrationResponse>,
) {
  const verification = await verifyRegistrationResponse({
    response,
    expectedChallenge: challenge.challenge,
    requireUserVerification: true,
    ...expected(ctx),
  }).catch((cause: unknown) => {
    throw new VerwonderError('invalid_input', 'the passkey could not be verified', { cause });
  });
  if (!verification.verified)
    throw new VerwonderError('invalid_input', 'the passkey could not be verified');
  return verification.registrationInfo.credential;
}

export async function startSignUp(ctx: VaultContext, podName: string, displayName: string) {
  if (await ctx.storage.accounts.byPodName(podName))
    throw new VerwonderError('conflict', 'that pod name is taken');
  const userHandle = randomBytes(32).toString('base64url');
  const options = await creationOptions(ctx, podName, displayName, userHandle, []);
  return {
    challengeId: await saveChallenge(ctx, 'register', options.challenge, {
      podName,
      displayName,
      userHandle,
    }),
    options,
  };
}

export async function finishSignUp(
  ctx: VaultContext,
  challengeId: string,
  response: z.infer<typeof RegistrationResponse>,
  passkeyName: string,
) {
  const challenge = await takeChallenge(ctx, challengeId, 'register');
  const pending = PendingAccount.parse(JSON.parse(challenge.payload));
  const credential = await verifyCreation(ctx, challenge, response);
  const now = new Date().toISOString();
  const account: Account = {
    id: randomBytes(16).toString('base64url'),
    ...pending,
    createdAt: now,
  };
  const recoveryCodes = generateRecoveryCodes();
  try {
    await ctx.storage.transaction(async (tx) => {
      await tx.accounts.create(account);
      await tx.passkeys.add(toPasskey(account.id, credential, response, passkeyName, now));
      await tx.recoveryCodes.replace(account.id, recoveryCodes.map(hashRecoveryCode), now);
      await appendAudit(tx, account.podName, { actor: OWNER, action: 'account-created' });
      await appendAudit(tx, account.podName, {
        actor: OWNER,
        action: 'passkey-added',
        detail: passkeyRef(credential.id),
      });
      await appendAudit(tx, account.podName, { actor: OWNER, action: 'recovery-codes-created' });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new VerwonderError('conflict', 'that pod name is taken');
    throw error;
  }
  return { account, recoveryCodes };
}

export async function startSignIn(ctx: VaultContext) {
  const options = await generateAuthenticationOptions({
    rpID: ctx.config.rpId,
    userVerification: 'required',
  });
  return { challengeId: await saveChallenge(ctx, 'authenticate', options.challenge, {}), options };
}

export async function finishSignIn(
  ctx: VaultContext,
  challengeId: string,
  response: z.infer<typeof AuthenticationResponse>,
): Promise<Account> {
  const challenge = await takeChallenge(ctx, challengeId, 'authenticate');
  const passkey = await ctx.storage.passkeys.byId(response.id);
  const account = passkey && (await ctx.storage.accounts.byId(passkey.accountId));
  if (!passkey || !account) throw new VerwonderError('unauthenticated', 'unknown passkey');
  if (response.response.userHandle && response.response.userHandle !== account.userHandle)
    throw new VerwonderError('unauthenticated', 'passkey and account do not match');
  const counter = await verifyAssertion(ctx, challenge, response, passkey);
  const now = new Date().toISOString();
  await ctx.storage.transaction(async (tx) => {
    if (!(await tx.passkeys.recordUse(passkey.id, counter, now)))
      throw new VerwonderError('unauthenticated', 'the passkey could not be verified');
    await appendAudit(tx, account.podName, {
      actor: OWNER,
      action: 'sign-in',
      detail: passkeyRef(passkey.id),
    });
  });
  return account;
}

/** Verifies a user-verified assertion by `passkey` for `challenge`; returns its signature counter. */
export async function verifyAssertion(
  ctx: VaultContext,
  challenge: Challenge,
  response: z.infer<typeof AuthenticationResponse>,
  passkey: Passkey,
): Promise<number> {
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge.challenge,
    credential: {
      id: passkey.id,
      publicKey: new Uint8Array(passkey.publicKey),
      counter: passkey.counter,
      transports: passkey.transports as never,
    },
    requireUserVerification: true,
    ...expected(ctx),
  }).catch((cause: unknown) => {
    throw new VerwonderError('unauthenticated', 'the passkey could not be verified', { cause });
  });
  if (!verification.verified)
    throw new VerwonderError('unauthenticated', 'the passkey could not be verified');
  return verification.authenticationInfo.newCounter;
}

export async function startAddPasskey(ctx: VaultContext, { account, session }: SignedIn) {
  const existing = await ctx.storage.passkeys.listByAccount(account.id);
  const options = await creationOptions(
    ctx,
    account.podName,
    account.displayName,
    account.userHandle,
    existing,
  );
  return {
    challengeId: await saveChallenge(ctx, 'add-passkey', options.challenge, {
      accountId: account.id,
      sessionIdHash: session.idHash,
    }),
    options,
  };
}

export async function finishAddPasskey(
  ctx: VaultContext,
  { account, session }: SignedIn,
  challengeId: string,
  response: z.infer<typeof RegistrationResponse>,
  name: string,
) {
  const challenge = await takeChallenge(ctx, challengeId, 'add-passkey');
  const owner = ForSession.safeParse(JSON.parse(challenge.payload));
  if (
    !owner.success ||
    owner.data.accountId !== account.id ||
    owner.data.sessionIdHash !== session.idHash
  )
    throw new VerwonderError('forbidden', 'challenge of another session');
  const credential = await verifyCreation(ctx, challenge, response);
  const now = new Date().toISOString();
  const passkey = toPasskey(account.id, credential, response, name, now);
  try {
    await ctx.storage.transaction(async (tx) => {
      await tx.passkeys.add(passkey);
      await appendAudit(tx, account.podName, {
        actor: OWNER,
        action: 'passkey-added',
        detail: passkeyRef(passkey.id),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new VerwonderError('conflict', 'this passkey is registered already');
    throw error;
  }
  return passkey;
}

function toPasskey(
  accountId: string,
  credential: { id: string; publicKey: Uint8Array; counter: number },
  response: z.infer<typeof RegistrationResponse>,
  name: string,
  now: string,
): Passkey {
  return {
    id: credential.id,
    accountId,
    publicKey: Buffer.from(credential.publicKey),
    counter: credential.counter,
    transports: response.response.transports ?? [],
    name,
    createdAt: now,
    lastUsedAt: null,
  };
}
