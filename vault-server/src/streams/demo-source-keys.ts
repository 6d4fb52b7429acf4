import fs from 'node:fs';
import path from 'node:path';
import { CITY_SOURCES, type CitySource } from '@verwonder/shared/wire/city-event.ts';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { z } from 'zod';
import { SourcePublicJwk } from './source-link-keys.ts';

const PrivateKeys = z.record(z.enum(CITY_SOURCES), z.looseObject({ d: z.string() }));

/** The demo city systems' private keys (development only; a real system keeps its own). */
export const demoSourceKeysFile = (dataDir: string): string =>
  path.join(dataDir, 'demo-city-sources.private.json');

/**
 * Development: makes sure the demo library, ticketing system and A-kaart have signing keys, and that
 * the vault's key file lists their public halves. Returns the private keys.
 */
export async function ensureDemoSourceKeys(
  dataDir: string,
  publicKeysFile: string,
): Promise<Record<CitySource, JWK>> {
  const file = demoSourceKeysFile(dataDir);
  let keys: Record<CitySource, JWK>;
  if (fs.existsSync(file)) {
    keys = PrivateKeys.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } else {
    keys = {} as Record<CitySource, JWK>;
    for (const source of CITY_SOURCES) {
      const { privateKey } = await generateKeyPair('ES256', { extractable: true });
      keys[source] = await exportJWK(privateKey);
    }
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  }
  const publicKeys = Object.fromEntries(
    CITY_SOURCES.map((source) => [source, SourcePublicJwk.parse(keys[source])]),
  );
  fs.writeFileSync(publicKeysFile, JSON.stringify(publicKeys, null, 2));
  return keys;
}
