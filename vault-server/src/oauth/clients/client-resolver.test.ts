import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOAuthTestStore, type OAuthTestStore } from '../testing/oauth-test-store.ts';
import { ClientResolver } from './client-resolver.ts';

let env: OAuthTestStore;
let server: http.Server;
let origin: string;
let hits = 0;

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
    const self = `${origin}${req.url}`;
    const json = (value: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    switch (req.url) {
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
      case '/moved.json':
        return res.writeHead(302, { location: '/good.json' }).end();
      case '/slow.json':
        return void setTimeout(() => json(documentFor(self)), 1500);
      default:
        return res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await env.dispose();
});

const resolver = () =>
  new ClientResolver(env.store, { timeoutMs: 500, maxBytes: 16 * 1024, cacheSeconds: 600 });

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
    await expect(resolver().resolve(`${origin}/missing.json`)).rejects.toThrow(/HTTP 404/);
    await expect(resolver().resolve(`${origin}/slow.json`)).rejects.toThrow(/in time/);
    await expect(resolver().resolve(`${origin}/moved.json`)).rejects.toThrow(/cannot be reached/);
    await expect(resolver().resolve(`${origin}/huge.json`)).rejects.toThrow(/too large/);
    await expect(resolver().resolve(`${origin}/html.json`)).rejects.toThrow(/not JSON/);
    await expect(resolver().resolve(`${origin}/other-id.json`)).rejects.toThrow(/its own URL/);
    await expect(resolver().resolve(`${origin}/no-redirects.json`)).rejects.toThrow(
      /redirect_uris/,
    );
    await expect(resolver().resolve(`${origin}/plain-http-redirect.json`)).rejects.toThrow(
      /redirect_uri/,
    );
    await expect(resolver().resolve('http://127.0.0.1:9/unreachable.json')).rejects.toThrow(
      /cannot be reached/,
    );
  });
});
