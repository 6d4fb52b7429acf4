import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit } from '../../audit/audit-log.ts';
import { engineSuites } from '../../storage/testing/describe-each-engine.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../testing/oauth-test-server.ts';
import { startAuthorization, startTestClient, type TestClient } from '../testing/test-client.ts';
import { parseClientMetadata } from './client-metadata.ts';

const ID = 'https://site.example/client.json';
const documentWith = (extra: object) => ({
  client_id: ID,
  client_name: 'Bibliotheek Zuid',
  redirect_uris: ['https://site.example/callback'],
  ...extra,
});

describe('client metadata free text', () => {
  it.each([
    { client_name: 'Evil\u0000Site' },
    { client_name: 'Evil\nSite' },
    { client_name: 'Evil\u007fSite' },
    { client_name: 'Evil\u0085Site' },
    { contacts: ['privacy@site.example', 'a\u0000b@site.example'] },
    { contacts: ['privacy@site.example\r\nBcc: x@evil.example'] },
    { redirect_uris: ['https://site.example/call\u0000back'] },
    { logo_uri: 'https://site.example/lo\ngo.svg' },
    { policy_uri: 'https://site.example/privacy\t' },
    { client_uri: 'https://site.example/\u0000' },
  ])('refuses control characters in %o', (extra) => {
    expect(() => parseClientMetadata(ID, documentWith(extra))).toThrow(/control characters/);
  });

  it('keeps names in any script, with punctuation', () => {
    const name = 'Bibliotheek Zuid – Café “De Boekenwurm” 図書館';
    expect(parseClientMetadata(ID, documentWith({ client_name: name })).client_name).toBe(name);
  });
});

const describeEachEngine = await engineSuites();

describeEachEngine('client documents with control characters on %s', (engine) => {
  let vault: OAuthTestVault;
  let anna: OwnerLogin;
  let site: TestClient;
  beforeAll(async () => {
    vault = await startOAuthTestVault({ engine });
    anna = await vault.owner('anna');
    site = await startTestClient(vault.url, { name: 'Evil\u0000Site' });
  });
  afterAll(async () => {
    await site?.close();
    await vault?.close();
  });

  it("A client's client_name containing NUL gives 500 when the person approves", async () => {
    // Pushed: the client hears invalid_client, as for any unusable document.
    const pushed = await fetch(`${vault.url}/oauth/par`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: site.clientId,
        redirect_uri: site.redirectUri,
        response_type: 'code',
        scope: 'loans:read',
        state: 'state-1',
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        code_challenge_method: 'S256',
        authorization_details: JSON.stringify([
          { type: 'verwonder_access', purpose: 'dpv:ProvidePersonalisedRecommendations' },
        ]),
      }),
    });
    expect(pushed.status).toBeGreaterThanOrEqual(400);
    expect(pushed.status).toBeLessThan(500);
    expect(await pushed.json()).toMatchObject({
      error: 'invalid_client',
      error_description: expect.stringContaining('cannot be used'),
    });

    // In the browser: an error page, no consent page to approve, no redirect to the client.
    const started = await startAuthorization(site, { scope: 'loans:read', par: false });
    const authorize = await fetch(started.url, {
      redirect: 'manual',
      headers: { cookie: anna.cookie },
    });
    expect(authorize.status).toBe(400);
    expect(authorize.headers.get('location')).toBeNull();
    expect(await authorize.text()).toContain('cannot be used');

    // Nothing of the document was kept: no cached client, no grant, no audit entry.
    const { store } = vault.oauth.deps;
    expect(await store.getClient(site.clientId)).toBeUndefined();
    expect(await store.listGrants('anna')).toEqual([]);
    const audit = await readAudit(vault.ctx.storage, 'anna', -1, 1000);
    expect(audit.filter((entry) => entry.action === 'grant-created')).toEqual([]);
  });
});
