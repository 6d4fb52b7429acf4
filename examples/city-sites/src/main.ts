import { z } from 'zod';
import { DEFAULT_PORTS, startCitySites } from './index.ts';

const port = z.coerce.number().int().min(0).max(65535);
const env = z
  .object({
    LIBRARY_PORT: port.default(DEFAULT_PORTS.library),
    AGENDA_PORT: port.default(DEFAULT_PORTS.agenda),
    MUSEUM_PORT: port.default(DEFAULT_PORTS.museum),
    HOST: z.string().min(1).default('127.0.0.1'),
    /** The Verwonder vault to offer "Koppel met mijn kluis" with; none when unset. */
    VAULT_URL: z.url().optional(),
  })
  .parse(process.env);

const sites = await startCitySites({
  host: env.HOST,
  ports: { library: env.LIBRARY_PORT, agenda: env.AGENDA_PORT, museum: env.MUSEUM_PORT },
  logger: console,
  ...(env.VAULT_URL ? { vault: { url: env.VAULT_URL } } : {}),
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.info(`city sites: ${signal} received, closing`);
  try {
    await sites.close();
    process.exit(0);
  } catch (err) {
    console.error('city sites: close failed', err);
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
