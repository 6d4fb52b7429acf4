import { VerwonderError } from '@verwonder/shared';
import {
  CITY_SOURCE_INFO,
  SourceSubject,
  type CitySource,
} from '@verwonder/shared/wire/city-event.ts';
import { errors, importJWK, jwtVerify } from 'jose';
import { z } from 'zod';
import type { SourcePublicJwk } from './source-link-keys.ts';

/** The JWT type of a link code, so that no other token of the city system can be replayed as one. */
export const SOURCE_LINK_TYP = 'city-link+jwt';
/** A link code is shown to the person and pasted within minutes; a longer life only helps a thief. */
export const SOURCE_LINK_MAX_AGE_SECONDS = 15 * 60;

/** The claims the vault uses, parsed after the signature checked out (the payload is still the system's word). */
const LinkClaims = z.object({
  sub: SourceSubject,
  jti: z.string().min(1).max(200),
  iat: z.number().finite(),
  exp: z.number().finite(),
});

export interface SourceLink {
  /** The person's number at the source. */
  subject: string;
  /** The code's id: the route records it, so a code connects once. */
  jti: string;
  /** When the code stops verifying (ISO): the earlier of `exp` and `iat` + 15 minutes. */
  expiresAt: string;
}

/**
 * Checks a link code: a JWT the city system signed (ES256) after the person signed in there, saying
 * that `sub` is their number at that system, for this vault (`aud`), issued at most 15 minutes ago,
 * with an id (`jti`). Returns the number, the id and when it expires. Whether the code was used
 * before is for the caller to check, in the transaction that connects. Any failure is the
 * client's (422): the code is wrong, not the vault.
 */
export async function verifySourceLink(
  code: string,
  source: CitySource,
  key: SourcePublicJwk | undefined,
  vaultUrl: string,
): Promise<SourceLink> {
  if (!key)
    throw new VerwonderError(
      'unprocessable',
      `this vault does not know the signing key of ${CITY_SOURCE_INFO[source].name}`,
    );
  try {
    const { payload } = await jwtVerify(code, await importJWK(key, 'ES256'), {
      algorithms: ['ES256'],
      typ: SOURCE_LINK_TYP,
      issuer: CITY_SOURCE_INFO[source].clientId,
      audience: vaultUrl,
      maxTokenAge: SOURCE_LINK_MAX_AGE_SECONDS,
      requiredClaims: ['sub', 'iat', 'exp', 'jti'],
    });
    const claims = LinkClaims.safeParse(payload);
    if (!claims.success) {
      const claim = String(claims.error.issues[0]?.path[0] ?? 'sub');
      throw new errors.JWTClaimValidationFailed(`bad ${claim}`, payload, claim);
    }
    const { sub, jti, iat, exp } = claims.data;
    const until = Math.min(exp, iat + SOURCE_LINK_MAX_AGE_SECONDS);
    return { subject: sub, jti, expiresAt: new Date(until * 1000).toISOString() };
  } catch (error) {
    if (!(error instanceof errors.JOSEError)) throw error;
    // jose's codes name the failed check without echoing anything from the code itself.
    throw new VerwonderError('unprocessable', `the link code is not valid (${error.code})`);
  }
}
