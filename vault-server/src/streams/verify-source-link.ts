import { VerwonderError } from '@verwonder/shared';
import {
  CITY_SOURCE_INFO,
  SourceSubject,
  type CitySource,
} from '@verwonder/shared/wire/city-event.ts';
import { errors, importJWK, jwtVerify } from 'jose';
import type { SourcePublicJwk } from './source-link-keys.ts';

/** The JWT type of a link code, so that no other token of the city system can be replayed as one. */
export const SOURCE_LINK_TYP = 'city-link+jwt';
/** A link code is shown to the person and pasted within minutes; a longer life only helps a thief. */
export const SOURCE_LINK_MAX_AGE_SECONDS = 15 * 60;

/**
 * Checks a link code: a JWT the city system signed (ES256) after the person signed in there, saying
 * that `sub` is their number at that system, for this vault (`aud`), issued at most 15 minutes ago.
 * Returns the number. Any failure is the client's (422): the code is wrong, not the vault.
 */
export async function verifySourceLink(
  code: string,
  source: CitySource,
  key: SourcePublicJwk | undefined,
  vaultUrl: string,
): Promise<string> {
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
      requiredClaims: ['sub', 'iat', 'exp'],
    });
    const subject = SourceSubject.safeParse(payload.sub);
    if (!subject.success) throw new errors.JWTClaimValidationFailed('bad sub', payload, 'sub');
    return subject.data;
  } catch (error) {
    if (!(error instanceof errors.JOSEError)) throw error;
    // jose's codes name the failed check without echoing anything from the code itself.
    throw new VerwonderError('unprocessable', `the link code is not valid (${error.code})`);
  }
}
