import type http from 'node:http';

/**
 * How long an idle keep-alive connection stays open (Node adds a second of its own). Longer than
 * the idle timeout of what pools connections to us (nginx's upstream `keepalive_timeout`, an AWS
 * load balancer: 60 s), so the client, never the server, retires a pooled connection: a request
 * sent on a connection the server is closing fails with ECONNRESET, and a POST cannot be retried.
 */
export const KEEP_ALIVE_MS = 65_000;

/**
 * What responses advertise (`Keep-Alive: timeout=60`) instead of Node's own hint, which equals the
 * timeout itself. undici drops an idle connection two seconds before the hint, on a timer that can
 * run late on a busy machine; five seconds below the real timeout leave it room.
 */
export const KEEP_ALIVE_HINT_SECONDS = 60;

export interface KeptAlive {
  /**
   * Closes the server: no new connections, idle ones closed at once, busy ones after their current
   * response (`Connection: close` where its headers are not yet out). Resolves once all are closed.
   */
  close(): Promise<void>;
}

/**
 * Keeps `server`'s idle connections open for KEEP_ALIVE_MS while advertising less, and closes them
 * quickly all the same on shutdown: a connection idle or finishing its response does not wait out
 * the keep-alive timeout.
 */
export function keepAlive(server: http.Server): KeptAlive {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // No `headersTimeout` above the keep-alive timeout: since Node 12.19 it runs from a request's
  // first byte, not over the idle time between requests (nodejs/node#27363).
  let draining = false;
  const inFlight = new Set<http.ServerResponse>();
  // First of the request listeners, so the header is set before any handler can send a response.
  server.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    // A `Keep-Alive` header of our own replaces Node's; requests arriving while draining are still
    // answered, but close their connection afterwards.
    if (draining) res.setHeader('connection', 'close');
    else res.setHeader('keep-alive', `timeout=${KEEP_ALIVE_HINT_SECONDS}`);
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        draining = true;
        server.close(() => resolve());
        for (const res of inFlight) {
          if (!res.headersSent) res.setHeader('connection', 'close');
          else if (!res.writableFinished) {
            // Too late to say so: end the connection once the response is out (Node detaches the
            // socket from the response on 'finish', so hold on to it here).
            const socket = res.socket;
            res.once('finish', () => socket?.end());
          }
        }
        server.closeIdleConnections();
      }),
  };
}
