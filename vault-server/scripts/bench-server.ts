/**
 * A vault for the benchmark, in its own process so that its CPU time can be read from /proc and the
 * load generator does not share its event loop. Prints one JSON line (url, session) on stdout.
 * Arguments: <sqlite|postgres> [identity]
 */
import { IDENTITY_CIPHER_FOR_BENCHMARKS } from '../src/crypto/record-cipher.ts';
import { startTestServer } from '../src/testing/test-server.ts';

const engine = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite';
const identity = process.argv[3] === 'identity';
const server = await startTestServer(
  engine,
  { logLevel: 'silent' },
  identity ? IDENTITY_CIPHER_FOR_BENCHMARKS : undefined,
);
const client = await server.signUp('bench');
process.stdout.write(
  `${JSON.stringify({ url: server.url, cookie: client.cookie, csrf: client.csrf })}\n`,
);
process.once('SIGTERM', () => {
  server.dispose().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
