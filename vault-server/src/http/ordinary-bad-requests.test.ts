import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueAccessToken } from '../oauth/tokens/access-token.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../oauth/testing/oauth-test-server.ts';

const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

async function expectClientError(response: Response): Promise<void> {
  const text = await response.text();
  expect(response.status, text).toBeGreaterThanOrEqual(400);
  expect(response.status, text).toBeLessThan(500);
}

describe('5xx for ordinary bad requests', () => {
  let vault: OAuthTestVault;
  let anna: OwnerLogin;
  let drip: http.Server;
  let dripOrigin: string;
  beforeAll(async () => {
    vault = await startOAuthTestVault({ oauth: { config: { clientFetchTimeoutMs: 300 } } });
    anna = await vault.owner('anna');
    // A client whose metadata document starts, then drips too slowly to finish in time.
    drip = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"client_id":');
    });
    await new Promise<void>((resolve) => drip.listen(0, '127.0.0.1', resolve));
    dripOrigin = `http://127.0.0.1:${(drip.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    drip?.closeAllConnections();
    drip?.close();
    await vault?.close();
  });

  it('an unknown /static file is 404 with a problem document', async () => {
    const response = await fetch(`${vault.url}/static/no-such-file.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    const source = await fetch(`${vault.url}/static/../http/problem.ts`);
    expect(source.status).toBe(404);
  });

  it('gzip garbage and a gzip body of the wrong kind are 400', async () => {
    await expectClientError(
      await fetch(`${vault.url}/auth/register/options`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: 'not gzip at all',
      }),
    );
    await expectClientError(
      await fetch(`${vault.url}/oauth/par`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-encoding': 'gzip',
        },
        body: Buffer.from('garbage'),
      }),
    );
    await expectClientError(
      await fetch(`${vault.url}/auth/register/options`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'br' },
        body: gzipSync('{}'),
      }),
    );
  });

  it('101 form fields are a client error', async () => {
    const form = new URLSearchParams();
    for (let i = 0; i < 101; i += 1) form.set(`field${i}`, 'x');
    await expectClientError(
      await fetch(`${vault.url}/oauth/par`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      }),
    );
  });

  it('a slowly dripping client document at /oauth/par is the client’s error', async () => {
    const response = await fetch(`${vault.url}/oauth/par`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: `${dripOrigin}/client.json`,
        redirect_uri: `${dripOrigin}/callback`,
        response_type: 'code',
        scope: 'openid',
        code_challenge: 'a'.repeat(43),
        code_challenge_method: 'S256',
      }),
    });
    await expectClientError(response);
  });

  it('a DPoP alg with a non-Latin-1 character is never echoed into a header', async () => {
    const { token } = await issueAccessToken(vault.oauth.deps.keys, {
      issuer: vault.url,
      webId: `${vault.url}/pods/${anna.pod}/profile#me`,
      audience: `${vault.url}/pods/${anna.pod}/`,
      clientId: 'https://site.example/client.json',
      scopes: ['dna:read'],
      purpose: 'dpv:ServicePersonalisation',
      grantId: 'g1',
      jkt: 'x'.repeat(43),
      lifetimeSeconds: 300,
    });
    const proof = `${b64({ typ: 'dpop+jwt', alg: 'ES256\u2603', jwk: {} })}.${b64({})}.c2ln`;
    const response = await fetch(`${vault.url}/pods/${anna.pod}/dna`, {
      headers: { authorization: `DPoP ${token}`, dpop: proof },
    });
    await expectClientError(response);
    expect(response.headers.get('www-authenticate') ?? '').not.toContain('ES256\u2603');
  });
});
