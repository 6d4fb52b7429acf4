import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateLimitStore } from '../../http/rate-limit/rate-limit-store.ts';
import { RateLimiter } from '../../http/rate-limit/rate-limiter.ts';
import { openOAuthTestStore, type OAuthTestStore } from '../testing/oauth-test-store.ts';
import { ClientResolver, type ClientResolverOptions } from './client-resolver.ts';
import { CLIENT_DOCUMENT_UNUSABLE } from './fetch-client-document.ts';

let env: OAuthTestStore;
let server: http.Server;
let port: number;
let origin: string;
let hits = 0;
const hosts: string[] = [];

const documentFor = (clientId: string, extra: object = {}) => ({
  client_id: clientId,
  client_name: 'Bibliotheek Antwerpen',
  redirect_uris: [`${origin}/oauth/callback`],
  logo_uri: `${origin}/logo.svg`,
  policy_uri: `${origin}/privacy`,
  contacts: ['privacy@example.org'],
  ...extra,
});

beforeAll(async () => {
  env = await openOAuthTestStore();
  server = http.createServer((req, res) => {
    hits += 1;
    hosts.push(req.headers.host ?? '');
    const self = `http://${req.headers.host}${req.url}`;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const json = (value: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    switch (path) {
      case '/good.json':
        return json(documentFor(self));
      case '/other-id.json':
        return json(documentFor(`${origin}/good.json`));
      case '/no-redirects.json':
        return json({ ...documentFor(self), redirect_uris: [] });
      case '/plain-http-redirect.json':
        return json({ ...documentFor(self), redirect_uris: ['http://example.org/callback'] });
      case '/huge.json':
        return json({ ...documentFor(self), padding: 'x'.repeat(20_000) });
      case '/html.json':
        return res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
      case '/service.json':
        return json({ status: 'ok', version: '1.2.3' });
      case '/moved.json':
        return res.writeHead(302, { location: '/good.json' }).end();
      case '/slow.json':
        return void setTimeout(() => json(documentFor(self)), 1500);
      default:
        return res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await env.dispose();
});

const resolver = (options: Partial<ClientResolverOptions> = {}) =>
  new ClientResolver(env.store, {
    timeoutMs: 500,
    maxBytes: 16 * 1024,
    cacheSeconds: 600,
    allowLoopback: true,
    ...options,
  });

/** The generic error, and the reason the vault logs for itself. */
async function refusal(
  clientId: string,
  options: Partial<ClientResolverOptions> = {},
): Promise<{ message: string; reason: string }> {
  let reason = '';
  const error = await resolver({ ...options, onRefused: (_id, why) => (reason = why) })
    .resolve(clientId)
    .then(
      () => undefined,
      (caught: unknown) => caught,
    );
  expect(error).toBeInstanceOf(Error);
  return { message: (error as Error).message, reason };
}

describe('Client ID Metadata Documents', () => {
  it('fetches, validates and caches a document', async () => {
    const before = hits;
    const metadata = await resolver().resolve(`${origin}/good.json`);
    expect(metadata).toMatchObject({
      client_name: 'Bibliotheek Antwerpen',
      redirect_uris: [`${origin}/oauth/callback`],
      contacts: ['privacy@example.org'],
    });
    await resolver().resolve(`${origin}/good.json`);
    expect(hits - before).toBe(1);
  });

  it.each([
    ['http://example.org/client.json', /https/],
    ['https://user:pw@example.org/client.json', /credentials/],
    ['https://example.org/client.json#x', /fragment/],
    ['https://example.org/', /document/],
    ['not a url', /not a URL/],
  ])('refuses the client_id %s', async (clientId, message) => {
    await expect(resolver().resolve(clientId)).rejects.toThrow(message);
  });

  it('refuses documents that are unreachable, slow, redirected, too large, not JSON or invalid', async () => {
    for (const [path, reason] of [
      ['/missing.json', /HTTP 404/],
      ['/slow.json', /abort|timeout/i],
      ['/moved.json', /HTTP 302/],
      ['/huge.json', /too large/],
      ['/html.json', /text\/html/],
      ['/other-id.json', /its own URL/],
      ['/no-redirects.json', /redirect_uris/],
      ['/plain-http-redirect.json', /redirect_uri/],
    ] as const) {
      const refused = await refusal(`${origin}${path}`);
      expect(refused.message).toBe(CLIENT_DOCUMENT_UNUSABLE);
      expect(refused.reason).toMatch(reason);
    }
    expect((await refusal('http://127.0.0.1:9/unreachable.json')).reason).toMatch(/reached/);
  });
});

describe('server-side requests through client_id', () => {
  it('refuses loopback client_ids without the development setting, and fetches nothing', async () => {
    const before = hits;
    for (const clientId of [
      `${origin}/good.json`,
      `https://127.0.0.1:${port}/good.json`,
      `https://[::1]:${port}/good.json`,
      `https://[::ffff:7f00:1]:${port}/good.json`,
      `https://localhost:${port}/good.json`,
    ]) {
      await expect(resolver({ allowLoopback: false }).resolve(clientId)).rejects.toThrow();
    }
    expect(hits).toBe(before);
  });

  it.each([
    'https://10.0.0.1/client.json',
    'https://172.16.5.4/client.json',
    'https://192.168.1.1/client.json',
    'https://169.254.169.254/latest/meta-data/client.json',
    'https://100.64.0.1/client.json',
    'https://[fd00::1]/client.json',
    'https://[fe80::1]/client.json',
    'https://[::ffff:a00:1]/client.json',
    'https://[64:ff9b::a00:1]/client.json',
    'https://[2002:c0a8:101::1]/client.json',
    'https://0.0.0.0/client.json',
  ])('refuses the private address %s, even with the development setting', async (clientId) => {
    const refused = await refusal(clientId);
    expect(refused.message).toBe(CLIENT_DOCUMENT_UNUSABLE);
    expect(refused.reason).toMatch(/private address/);
  });

  it('checks the addresses a name resolves to, and connects to the address it checked (DNS rebinding)', async () => {
    const answers = [
      [{ address: '10.20.30.40', family: 4 }],
      [
        { address: '93.184.216.34', family: 4 },
        { address: 'fd12::1', family: 6 },
      ],
    ];
    for (const answer of answers) {
      const refused = await refusal('https://client.example/client.json', {
        resolve: async () => answer,
      });
      expect(refused.message).toBe(CLIENT_DOCUMENT_UNUSABLE);
      expect(refused.reason).toMatch(/private address/);
    }
    // A name that resolves to loopback once (allowed in development) and elsewhere afterwards:
    // the connection goes to the checked address, with no second lookup to rebind.
    const lookups: string[] = [];
    hosts.length = 0;
    const metadata = await resolver({
      cacheSeconds: 0,
      resolve: async (hostname) => {
        lookups.push(hostname);
        return lookups.length === 1
          ? [{ address: '127.0.0.1', family: 4 }]
          : [{ address: '10.0.0.7', family: 4 }];
      },
    }).resolve(`http://localhost:${port}/good.json`);
    expect(metadata.client_name).toBe('Bibliotheek Antwerpen');
    expect(lookups).toEqual(['localhost']);
    expect(hosts).toEqual([`localhost:${port}`]);
  });

  it('gives one generic error for closed ports, open ports and JSON services', async () => {
    const messages = new Set<string>();
    for (const clientId of [
      'http://127.0.0.1:9/client.json',
      `${origin}/missing.json`,
      `${origin}/html.json`,
      `${origin}/service.json`,
      `${origin}/moved.json`,
      'https://10.0.0.1/client.json',
    ]) {
      messages.add((await refusal(clientId)).message);
    }
    expect([...messages]).toEqual([CLIENT_DOCUMENT_UNUSABLE]);
  });

  it('limits the documents fetched for one caller', async () => {
    const fetchLimiter = new RateLimiter(rateLimitStore(env.engine.storage.driver), {
      name: 'client-fetch',
      limit: 2,
      windowSeconds: 60,
    });
    const limited = resolver({ fetchLimiter, cacheSeconds: 0 });
    const before = hits;
    await limited.resolve(`${origin}/good.json?n=1`, '203.0.113.9');
    await expect(limited.resolve(`${origin}/missing.json`, '203.0.113.9')).rejects.toThrow(
      CLIENT_DOCUMENT_UNUSABLE,
    );
    await expect(limited.resolve(`${origin}/good.json?n=2`, '203.0.113.9')).rejects.toMatchObject({
      code: 'rate_limited',
    });
    expect(hits - before).toBe(2);
    // A cached document costs nothing; another caller has a budget of its own.
    await limited.resolve(`${origin}/good.json`, '203.0.113.9');
    await limited.resolve(`${origin}/good.json?n=2`, '198.51.100.7');
  });
});
