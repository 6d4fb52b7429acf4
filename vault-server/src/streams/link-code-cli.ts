/**
 * `npm run stream:link-code -- --source library --subject persona-lotte`: what the demo city system
 * shows a signed-in member who asks to connect their vault: a link code for the vault at
 * VAULT_PUBLIC_URL (default http://localhost:4800), signed with the demo key in VAULT_DATA_DIR.
 */
import { parseArgs } from 'node:util';
import { CitySource, SourceSubject } from '@verwonder/shared/wire/city-event.ts';
import { loadConfig } from '../config/vault-config.ts';
import { ensureDemoSourceKeys } from './demo-source-keys.ts';
import { signSourceLink } from './sign-source-link.ts';

const { values } = parseArgs({
  options: { source: { type: 'string' }, subject: { type: 'string' } },
});
const source = CitySource.safeParse(values.source);
const subject = SourceSubject.safeParse(values.subject);
if (!source.success || !subject.success) {
  console.error(
    'Usage: npm run stream:link-code -- --source library|ticketing|a-kaart --subject NUMBER',
  );
  process.exit(2);
}
const config = loadConfig();
const keys = await ensureDemoSourceKeys(config.dataDir, config.citySourceKeysFile);
console.log(await signSourceLink(keys[source.data], source.data, subject.data, config.publicUrl));
