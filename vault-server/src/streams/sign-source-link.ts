import { CITY_SOURCE_INFO, type CitySource } from '@verwonder/shared/wire/city-event.ts';
import { SignJWT, importJWK, type JWK } from 'jose';
import { SOURCE_LINK_TYP } from './verify-source-link.ts';

/**
 * What a city system does when a signed-in member asks to connect their vault: a short-lived code
 * saying "this is member `subject`", for that one vault. Used by the demo city systems.
 */
export async function signSourceLink(
  privateJwk: JWK,
  source: CitySource,
  subject: string,
  vaultUrl: string,
  now = new Date(),
): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', typ: SOURCE_LINK_TYP })
    .setIssuer(CITY_SOURCE_INFO[source].clientId)
    .setSubject(subject)
    .setAudience(vaultUrl)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 10 * 60)
    .setJti(crypto.randomUUID())
    .sign(await importJWK(privateJwk, 'ES256'));
}
