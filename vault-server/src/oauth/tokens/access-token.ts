import { Purpose, VerwonderError, parseScopeString, type Scope } from '@verwonder/shared';
import { decodeProtectedHeader, errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { SigningKeys } from '../keys/signing-keys.ts';
import { MAX_ACCESS_TOKEN_SECONDS } from '../oauth-config.ts';
import { randomToken } from './opaque-token.ts';

/** RFC 9068 header type: an access token cannot be passed off as an ID token or any other JWT. */
export const ACCESS_TOKEN_TYPE = 'at+jwt';

export interface AccessTokenInput {
  issuer: string;
  /** The pod's WebID. */
  webId: string;
  /** The pod's storage root: the resource the token is for. */
  audience: string;
  clientId: string;
  scopes: readonly Scope[];
  purpose: Purpose;
  grantId: string;
  /** Thumbprint of the client's DPoP key. */
  jkt: string;
  lifetimeSeconds: number;
  now?: Date;
}

export interface IssuedAccessToken {
  token: string;
  jti: string;
  expiresAt: Date;
}

const Claims = z.object({
  iss: z.string(),
  sub: z.string(),
  aud: z.string(),
  client_id: z.url(),
  scope: z.string().max(2000),
  purpose: Purpose,
  jti: z.string().min(16).max(100),
  gid: z.string().min(1).max(100),
  iat: z.number().int(),
  nbf: z.number().int(),
  exp: z.number().int(),
  cnf: z.object({ jkt: z.string().min(43).max(43) }),
});

export interface AccessTokenClaims extends Omit<z.infer<typeof Claims>, 'scope'> {
  scopes: Scope[];
}

export async function issueAccessToken(
  keys: SigningKeys,
  input: AccessTokenInput,
): Promise<IssuedAccessToken> {
  if (input.lifetimeSeconds > MAX_ACCESS_TOKEN_SECONDS)
    throw new VerwonderError('config_error', 'access tokens live at most 10 minutes');
  const { kid, privateKey } = await keys.current();
  const iat = Math.floor((input.now ?? new Date()).getTime() / 1000);
  const jti = randomToken(18);
  const token = await new SignJWT({
    client_id: input.clientId,
    scope: input.scopes.join(' '),
    purpose: input.purpose,
    gid: input.grantId,
    cnf: { jkt: input.jkt },
  })
    .setProtectedHeader({ alg: 'ES256', typ: ACCESS_TOKEN_TYPE, kid })
    .setIssuer(input.issuer)
    .setSubject(input.webId)
    .setAudience(input.audience)
    .setJti(jti)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + input.lifetimeSeconds)
    .sign(privateKey);
  return { token, jti, expiresAt: new Date((iat + input.lifetimeSeconds) * 1000) };
}

export interface VerifyAccessTokenOptions {
  issuer: string;
  /** The resource the request is for; omitted only by introspection, which serves every pod. */
  audience?: string | undefined;
  now?: Date;
}

/**
 * Seconds the times of a token (`nbf`, `iat`, `exp`) may be off: the process that issued it may run
 * ahead of the one that serves the pod, and a token "not valid yet" there would read as a refusal.
 */
export const ACCESS_TOKEN_CLOCK_TOLERANCE_SECONDS = 5;

const refuse = (message: string, cause?: unknown): VerwonderError =>
  new VerwonderError('invalid_token', message, cause === undefined ? {} : { cause });

/** Signature (ES256 from our JWKS only), type, issuer, audience and times; then the claims' shape. */
export async function verifyAccessToken(
  keys: SigningKeys,
  token: string,
  options: VerifyAccessTokenOptions,
): Promise<AccessTokenClaims> {
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch (cause) {
    throw refuse('the access token is not a JWT', cause);
  }
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, await keys.resolver(kid), {
      algorithms: ['ES256'],
      typ: ACCESS_TOKEN_TYPE,
      issuer: options.issuer,
      ...(options.audience === undefined ? {} : { audience: options.audience }),
      requiredClaims: ['iat', 'nbf', 'exp', 'jti', 'sub'],
      clockTolerance: ACCESS_TOKEN_CLOCK_TOLERANCE_SECONDS,
      ...(options.now ? { currentDate: options.now } : {}),
    }));
  } catch (cause) {
    throw refuse(describe(cause), cause);
  }
  const claims = Claims.safeParse(payload);
  if (!claims.success) throw refuse('the access token lacks required claims');
  const { scope, ...rest } = claims.data;
  if (rest.exp - rest.iat > MAX_ACCESS_TOKEN_SECONDS)
    throw refuse('the access token lives too long');
  try {
    return { ...rest, scopes: parseScopeString(scope) };
  } catch (cause) {
    throw refuse('the access token names an unknown scope', cause);
  }
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the access token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'the access token is not valid yet';
    if (error.claim === 'aud') return 'the access token is for another resource';
    if (error.claim === 'iss') return 'the access token is from another issuer';
    return `the access token's ${error.claim} claim is invalid`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'the access token is signed with an algorithm that is not accepted';
  if (error instanceof errors.JWKSNoMatchingKey)
    return 'the access token is signed with an unknown key';
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return 'the access token signature does not verify';
  return 'the access token is invalid';
}
