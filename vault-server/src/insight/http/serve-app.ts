import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { keepAlive } from '../../http/keep-alive.ts';

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Listens on host:port (0: a free port) and closes by draining. */
export async function serveApp(app: Express, host: string, port: number): Promise<Served> {
  const server = http.createServer(app);
  // Vaults and the leader POST here with fetch: the keep-alive of the vault's own server.
  const connections = keepAlive(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}`,
    close: () => connections.close(),
  };
}
