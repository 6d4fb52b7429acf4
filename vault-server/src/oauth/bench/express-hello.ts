/**
 * The bare Express baseline of `npm run bench:access`: hello world on 127.0.0.1, in its own process
 * like the vault. Prints its URL as one line on stdout; stops on SIGTERM.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';

const app = express();
app.get('/', (_req, res) => {
  res.send('hello world');
});
const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`http://127.0.0.1:${port}/\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
