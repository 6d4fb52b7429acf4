/** `npm run stream:publish-demo [-- --persona persona-lotte]`: the demo city systems publish. */
import { parseArgs } from 'node:util';
import { catalogData } from '@verwonder/shared/catalog-data';
import { connect } from 'nats';
import { ensureCityStream } from './city-stream.ts';
import { byTime, demoCityEvents } from './demo-city-events.ts';
import { publishCityEvents } from './publish-city-events.ts';
import { streamConfigFromEnv } from './stream-config.ts';

const { values } = parseArgs({
  options: { persona: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(
    'Usage: npm run stream:publish-demo [-- --persona ID ...]\n' +
      'Publishes the demo personas’ loans, tickets and A-kaart visits to VAULT_NATS_URL (default nats://127.0.0.1:4222).',
  );
  process.exit(0);
}
const config = streamConfigFromEnv({ VAULT_NATS_URL: 'nats://127.0.0.1:4222', ...process.env })!;
const catalog = catalogData();
const personas = catalog
  .personas()
  .filter((persona) => !values.persona || values.persona.includes(persona.id));
const nc = await connect({ servers: config.url, name: 'verwonder-demo-city-systems' });
try {
  await ensureCityStream(await nc.jetstreamManager(), config);
  const events = byTime(demoCityEvents(catalog, personas));
  await publishCityEvents(nc.jetstream(), config, events);
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  console.log(
    `published ${events.length} events for ${personas.length} personas to ${config.stream} (${[...counts].map(([type, n]) => `${n} ${type}s`).join(', ')})`,
  );
} finally {
  await nc.drain();
}
