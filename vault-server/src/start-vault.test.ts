import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningVault } from './start-vault.ts';
import { startTestServer } from './testing/test-server.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function vault(): Promise<RunningVault> {
  const server = await startTestServer('sqlite');
  cleanups.push(() => server.dispose());
  return server.vault;
}

/**
 * A pooled connection as a proxy holds one (nginx, a load balancer: idle up to 60 s): it sends a
 * request whenever it has one, and learns only then whether the server still listens.
 */
function connection(url: string) {
  const { hostname, port } = new URL(url);
  const socket = net.connect({ host: hostname, port: Number(port), allowHalfOpen: true });
  let received = '';
  let waiting: (() => void) | undefined;
  const closed = new Promise<string>((resolve) => {
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    socket.on('close', () => resolve('closed'));
  });
  // Half open: the server's FIN is noted, not acted on, so the request still goes out.
  const ended = new Promise<string>((resolve) => socket.once('end', () => resolve('ended')));
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('latin1');
    waiting?.();
  });
  return {
    /** Resolves once the server has ended the connection. */
    ended,
    /**
     * Sends `request` and resolves with the head of the answer, or how the connection ended:
     * `ended` when the server had closed it (the request then meets a reset, ECONNRESET).
     */
    async send(request: string): Promise<string> {
      received = '';
      socket.write(request);
      const answered = new Promise<string>((resolve) => {
        waiting = () => {
          const end = received.indexOf('\r\n\r\n');
          const length = /content-length: (\d+)/i.exec(received)?.[1];
          if (end >= 0 && length && received.length >= end + 4 + Number(length))
            resolve(received.slice(0, end));
        };
      });
      return Promise.race([answered, ended, closed]);
    },
    destroy: () => void socket.destroy(),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('startVault', () => {
  it(
    'keeps an idle keep-alive connection open past the old 5 s, so a POST on it is answered, not reset; shutdown still closes it at once (review finding: the vault closes idle keep-alive connections while clients may still reuse them)',
    { timeout: 30_000 },
    async () => {
      const running = await vault();
      const { host } = new URL(running.url);
      const pooled = connection(running.url);
      cleanups.push(() => pooled.destroy());

      const first = await pooled.send(`GET /healthz HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
      expect(first).toMatch(/^HTTP\/1\.1 200/);
      // What a client reading the hint (undici, Node's agent) keeps the connection for, at most.
      const hint = Number(/keep-alive: timeout=(\d+)/i.exec(first)?.[1]);
      expect(hint).toBeGreaterThan(6);

      // Idle past what the vault used to keep (5 s, and Node's own second), well within the hint
      // and a proxy's usual 60 s: then a write that cannot be retried.
      await sleep(6_500);
      const body = '{}';
      const second = await pooled.send(
        `POST /auth/login/options HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      );
      expect(second).toMatch(/^HTTP\/1\.1 \d{3} /);

      // SIGTERM does not wait out the keep-alive: the idle connection is closed, and close() ends
      // (a close waiting for the keep-alive timeout would outlast this test's timeout).
      await running.close();
      expect(await pooled.ended).toBe('ended');
    },
  );
});
