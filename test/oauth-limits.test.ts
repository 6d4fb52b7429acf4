/**
 * Issue 12, items 4 and 9: what an anonymous caller can make the vault do through /oauth/*: fetch
 * URLs on its own networks (client_id), store rows (authorization requests) and call without limit.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OAuthConfig } from '../vault-server/src/oauth/oauth-config.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
} from '../vault-server/src/oauth/testing/oauth-test-server.ts';
import {
  startAuthorization,
  startTestClient,
  type TestClient,
} from '../vault-server/src/oauth/testing/test-client.ts';

const open: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const item of open.reverse()) await item.close();
});

async function vaultWith(config: Partial<OAuthConfig>): Promise<OAuthTestVault> {
  const vault = await startOAuthTestVault({ oauth: { config } });
  open.push(vault);
  return vault;
}

async function siteOf(vault: OAuthTestVault): Promise<TestClient> {
  const site = await startTestClient(vault.url);
  open.push(site);
  return site;
}

const storedRequests = async (vault: OAuthTestVault) =>
  Number((await vault.ctx.storage.driver.all('SELECT COUNT(*) AS n FROM oauth_requests'))[0]?.n);

async function expectRateLimited(response: Response): Promise<void> {
  expect(response.status).toBe(429);
  expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(await response.json()).toMatchObject({ status: 429, code: 'rate_limited' });
}

describe('no rate limits on /oauth/*, and every cookie-less authorize stores a row', () => {
  let vault: OAuthTestVault;
  let site: TestClient;
  beforeAll(async () => {
    vault = await vaultWith({});
    site = await siteOf(vault);
  });

  it('stores nothing for a person who is not signed in, and sends them to sign in', async () => {
    const started = await startAuthorization(site, { scope: 'dna:read', par: false });
    const before = await storedRequests(vault);
    for (let i = 0; i < 5; i += 1) {
      const response = await fetch(started.url, { redirect: 'manual' });
      expect(response.status).toBe(303);
      const location = response.headers.get('location')!;
      expect(location).toMatch(/^\/signin\?return_to=%2Foauth%2Fauthorize%3F/);
      // Back from signing in, the same authorization request goes on to the consent page.
      const returnTo = new URL(location, vault.url).searchParams.get('return_to')!;
      expect(new URL(returnTo, vault.url).href).toBe(started.url);
    }
    expect(await storedRequests(vault)).toBe(before);

    const anna = await vault.owner('anna');
    const signedIn = await fetch(started.url, {
      redirect: 'manual',
      headers: { cookie: anna.cookie },
    });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toMatch(/^\/oauth\/consent\//);
    expect(await storedRequests(vault)).toBe(before + 1);
  });

  it('keeps a pushed request for after signing in instead of using it up', async () => {
    const started = await startAuthorization(site, { scope: 'dna:read' });
    const anonymous = await fetch(started.url, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toMatch(/^\/signin\?return_to=%2Foauth%2Fauthorize/);
    const bert = await vault.owner('bert');
    const signedIn = await fetch(started.url, {
      redirect: 'manual',
      headers: { cookie: bert.cookie },
    });
    expect(signedIn.headers.get('location')).toMatch(/^\/oauth\/consent\//);
  });

  it('limits the requests to /oauth/* per caller, across endpoints, with 429 and Retry-After', async () => {
    const limited = await vaultWith({ requestsPerMinute: 4 });
    const token = () =>
      fetch(`${limited.url}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=authorization_code&code=nope',
      });
    const statuses = [];
    for (let i = 0; i < 2; i += 1) statuses.push((await token()).status);
    statuses.push((await fetch(`${limited.url}/oauth/authorize`, { redirect: 'manual' })).status);
    statuses.push((await fetch(`${limited.url}/oauth/par`, { method: 'POST' })).status);
    expect(statuses.every((status) => status >= 400 && status < 429)).toBe(true);
    await expectRateLimited(await token());
    await expectRateLimited(await fetch(`${limited.url}/oauth/authorize`, { redirect: 'manual' }));
  });
});

describe('server-side requests through client_id', () => {
  let target: http.Server;
  let targetOrigin: string;
  let hits = 0;
  beforeAll(async () => {
    // Stands for a service on the vault's loopback interface (an admin port, a metadata service).
    target = http.createServer((_req, res) => {
      hits += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    targetOrigin = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
    open.push({
      close: async () => {
        target.closeAllConnections();
        await new Promise((resolve) => target.close(resolve));
      },
    });
  });

  const authorize = (vault: OAuthTestVault, clientId: string) =>
    fetch(`${vault.url}/oauth/authorize?client_id=${encodeURIComponent(clientId)}`, {
      redirect: 'manual',
    });

  it('makes the vault fetch nothing on loopback or private addresses without the development setting', async () => {
    const vault = await vaultWith({ allowLoopbackClients: false });
    const before = hits;
    const port = new URL(targetOrigin).port;
    const plainHttp = await authorize(vault, `${targetOrigin}/client.json`);
    expect(plainHttp.status).toBe(400);
    expect(await plainHttp.text()).toContain('must use https');
    const pages = new Set<string>();
    for (const clientId of [
      `https://127.0.0.1:${port}/client.json`,
      `https://localhost:${port}/client.json`,
      'https://10.0.0.1/client.json',
      'https://169.254.169.254/latest/client.json',
      'https://[fd00::1]/client.json',
    ]) {
      const response = await authorize(vault, clientId);
      expect(response.status).toBe(400);
      pages.add(await response.text());
    }
    expect(hits).toBe(before);
    // One and the same page whatever the address: nothing to tell them apart by.
    expect(pages.size).toBe(1);
    expect([...pages][0]).toContain('cannot be used');
  });

  it('gives one generic error for closed ports, open ports and JSON services (development setting on)', async () => {
    const vault = await vaultWith({ allowLoopbackClients: true });
    const texts = new Set<string>();
    for (const clientId of [
      'http://127.0.0.1:9/client.json',
      `${targetOrigin}/client.json`,
      `${vault.url}/healthz/client.json`,
    ]) {
      const response = await authorize(vault, clientId);
      expect(response.status).toBe(400);
      texts.add(await response.text());
    }
    expect(texts.size).toBe(1);
    expect([...texts][0]).toContain('cannot be used');
  });

  it('limits the documents a caller makes the vault fetch', async () => {
    const vault = await vaultWith({ clientFetchesPerMinute: 2 });
    const before = hits;
    for (let i = 0; i < 2; i += 1)
      expect((await authorize(vault, `${targetOrigin}/client-${i}.json`)).status).toBe(400);
    await expectRateLimited(await authorize(vault, `${targetOrigin}/client-2.json`));
    expect(hits - before).toBe(2);
  });
});
