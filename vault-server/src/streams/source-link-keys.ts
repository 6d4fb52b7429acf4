import fs from 'node:fs';
import { VerwonderError } from '@verwonder/shared';
import { CITY_SOURCES } from '@verwonder/shared/wire/city-event.ts';
import { z } from 'zod';

/** A P-256 public key as a JWK: the only kind a city system may sign link codes with. */
export const SourcePublicJwk = z
  .object({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
    y: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  })
  .strip();
export type SourcePublicJwk = z.infer<typeof SourcePublicJwk>;

export const SourceLinkKeys = z.partialRecord(z.enum(CITY_SOURCES), SourcePublicJwk);
export type SourceLinkKeys = z.infer<typeof SourceLinkKeys>;

/**
 * The public keys the city systems sign link codes with, read from the deployment's file on every
 * call (small, and a key the city rotates takes effect without a restart). No file: no source can be
 * connected, because a number alone proves nothing.
 */
export function readSourceLinkKeys(file: string): SourceLinkKeys {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  try {
    return SourceLinkKeys.parse(JSON.parse(text));
  } catch (cause) {
    throw new VerwonderError('config_error', `invalid city source keys in ${file}`, { cause });
  }
}
