import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { KEEP_ALIVE_HINT_SECONDS, KEEP_ALIVE_MS, keepAlive, type KeptAlive } from './keep-alive.ts';

const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.closeAllConnections();
});

/** A server whose `/stream` answers its headers at once and its body on `finish()`. */
async function serve(): Promise<{ url: string; connections: KeptAlive; finish: () => void }> {
  const server = http.createServer();
  servers.push(server);
  const connections = keepAlive(server);
  let rest = () => {};
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.url !== '/stream') return void res.end('ok');
    res.writeHead(200, { 'content-type': 'text/plain' }).write('part');
    rest = () => res.end('rest');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, connections, finish: () => rest() };
}

interface Answer {
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Resolves once the connection it came on is closed. */
  closed: Promise<true>;
}

function get(agent: http.Agent, url: string, onHeaders?: () => void): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        const closed = new Promise<true>((done) => res.socket.once('close', () => done(true)));
        onHeaders?.();
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ headers: res.headers, body, closed }));
      })
      .on('error', reject);
  });
}

describe('keepAlive', () => {
  it('keeps idle connections longer than it advertises', async () => {
    const { url } = await serve();
    const agent = new http.Agent({ keepAlive: true });
    const answer = await get(agent, url);
    expect(answer.headers['keep-alive']).toBe(`timeout=${KEEP_ALIVE_HINT_SECONDS}`);
    expect(answer.headers.connection).toBe('keep-alive');
    expect(KEEP_ALIVE_HINT_SECONDS * 1000).toBeLessThan(KEEP_ALIVE_MS);
    agent.destroy();
  });

  it('closes an idle connection at once, and one busy with a response already under way once it is out', async () => {
    const { url, connections, finish } = await serve();
    const idleAgent = new http.Agent({ keepAlive: true });
    const idle = await get(idleAgent, url);
    const busyAgent = new http.Agent({ keepAlive: true });
    let closing: Promise<void> | undefined;
    // The headers (Connection: keep-alive) are out when the server starts closing.
    const busy = get(busyAgent, `${url}/stream`, () => {
      closing = connections.close();
      finish();
    });
    expect(await idle.closed).toBe(true);
    const streamed = await busy;
    expect(streamed.body).toBe('partrest');
    expect(streamed.headers.connection).toBe('keep-alive');
    // Without this the server would wait out the keep-alive timeout, far past the test's timeout.
    expect(await streamed.closed).toBe(true);
    await closing;
  }, 10_000);
});
