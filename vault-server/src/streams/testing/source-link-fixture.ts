import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CitySource } from '@verwonder/shared/wire/city-event.ts';
import { ensureDemoSourceKeys } from '../demo-source-keys.ts';
import { signSourceLink } from '../sign-source-link.ts';

/** Keys for the three city systems in a temp dir, and a signer the way a city system would sign. */
export async function sourceLinkFixture() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'city-sources-'));
  const keysFile = path.join(dir, 'city-source-keys.json');
  const keys = await ensureDemoSourceKeys(dir, keysFile);
  return {
    keysFile,
    sign: (source: CitySource, subject: string, vaultUrl: string, now?: Date) =>
      signSourceLink(keys[source], source, subject, vaultUrl, now),
    dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
