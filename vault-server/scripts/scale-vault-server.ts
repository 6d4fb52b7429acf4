/**
 * One vault process of `npm run bench:scale`: the real vault (startVault) on the benchmark's
 * PostgreSQL schema and master key. Prints its URL as one JSON line on stdout; stops on SIGTERM.
 * Arguments: <database url> <schema> <master key file> <data dir>
 */
import { pino } from 'pino';
import { startVault } from '../src/start-vault.ts';

const [url, schema, masterKeyFile, dataDir] = process.argv.slice(2);
if (!url || !schema || !masterKeyFile || !dataDir)
  throw new Error('usage: <url> <schema> <key> <dir>');
const vault = await startVault({
  env: {},
  config: { port: 0, dataDir, masterKeyFile, purgeIntervalMinutes: 0, logLevel: 'silent' },
  storage: { engine: 'postgres', url, schema },
  logger: pino({ level: process.env.SCALE_LOG_LEVEL ?? 'silent' }, pino.destination(2)),
});
process.stdout.write(`${JSON.stringify({ url: vault.url })}\n`);
process.once('SIGTERM', () => {
  vault.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
