import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit } from '../vault-server/src/audit/audit-log.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../vault-server/src/oauth/testing/oauth-test-server.ts';
import {
  callPod,
  connect,
  decideInVault,
  refresh,
  startAuthorization,
  startTestClient,
  type TestClient,
} from '../vault-server/src/oauth/testing/test-client.ts';

let vault: OAuthTestVault;
let site: TestClient;
let anna: OwnerLogin;

const loan = (title: string, termIds: string[] = [], genres: string[] = []) => ({
  // A month ago: the vault refuses a record already past its category's retention.
  time: new Date(Date.now() - 30 * 86_400_000).toISOString(),
  source: { type: 'person' },
  item: { id: `book-${title.length}`, title, kind: 'book', medium: 'read', termIds, genres },
  data: { action: 'borrowed', branch: 'Permeke' },
});

beforeAll(async () => {
  vault = await startOAuthTestVault();
  site = await startTestClient(vault.url, { name: 'Bibliotheek Antwerpen' });
  anna = await vault.owner('anna');
});
afterAll(async () => {
  await site?.close();
  await vault?.close();
});

describe('authorization server metadata', () => {
  it('publishes RFC 8414 metadata and a JWKS with public ES256 keys only', async () => {
    expect(site.as).toMatchObject({
      issuer: vault.url,
      code_challenge_methods_supported: ['S256'],
      pushed_authorization_request_endpoint: `${vault.url}/oauth/par`,
      authorization_details_types_supported: ['verwonder_access'],
    });
    const jwks = (await (await fetch(`${vault.url}/.well-known/jwks.json`)).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(jwks.keys.length).toBeGreaterThan(0);
    for (const key of jwks.keys)
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(jwks.keys.some((key) => 'd' in key)).toBe(false);
  });
});

describe('the flow with a standard client (oauth4webapi, PAR, PKCE, DPoP)', () => {
  let tokens: oauth.TokenEndpointResponse;
  const pod = () => `${vault.url}/pods/anna`;

  beforeAll(async () => {
    // The person unticks `loans:read` on the consent page.
    tokens = await connect(
      site,
      anna,
      {
        scope: 'loans:read loans:write suggestions:rank dna:read',
        rankCategories: ['loans', 'interests'],
      },
      { scopes: ['loans:write', 'suggestions:rank', 'dna:read'] },
    );
  });

  it('issues a DPoP-bound token with only the scopes the person left ticked', async () => {
    expect(tokens.token_type).toBe('dpop');
    expect(tokens.scope).toBe('loans:write suggestions:rank dna:read');
    expect(tokens.expires_in).toBeLessThanOrEqual(600);
    expect(tokens).toMatchObject({
      webid: `${vault.url}/pods/anna/profile#me`,
      storage: `${vault.url}/pods/anna/`,
    });
    expect(tokens.authorization_details).toEqual([
      expect.objectContaining({
        type: 'verwonder_access',
        purpose: 'dpv:ProvidePersonalisedRecommendations',
        rank_categories: ['loans', 'interests'],
      }),
    ]);
  });

  it('is a token another implementation accepts as an RFC 9068 JWT bound to the DPoP key', async () => {
    const request = new Request(`${pod()}/loans/`, {
      headers: { authorization: `DPoP ${tokens.access_token}` },
    });
    const proof = await (
      await import('../vault-server/src/oauth/testing/dpop-key.ts')
    ).dpopKeyFrom(site.keyPair);
    request.headers.set(
      'dpop',
      await proof.proof('GET', `${pod()}/loans/`, { accessToken: tokens.access_token }),
    );
    const claims = await oauth.validateJwtAccessToken(site.as, request, `${pod()}/`, {
      [oauth.allowInsecureRequests]: true,
    });
    expect(claims).toMatchObject({
      sub: `${pod()}/profile#me`,
      client_id: site.clientId,
      purpose: 'dpv:ProvidePersonalisedRecommendations',
    });
  });

  it('writes a loan with loans:write, cannot read loans back (404), and every use is audited with client and purpose', async () => {
    const created = await callPod(
      site,
      tokens.access_token,
      'POST',
      `${pod()}/loans/`,
      loan('De avonden', ['1.7.6.0.0'], ['literary-fiction']),
    );
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${pod()}/loans/`));

    expect((await callPod(site, tokens.access_token, 'GET', `${pod()}/loans/`)).status).toBe(404);
    expect((await callPod(site, tokens.access_token, 'GET', location)).status).toBe(404);
    const forbidden = await callPod(site, tokens.access_token, 'POST', `${pod()}/tickets/`, {
      time: '2024-01-01T00:00:00Z',
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('www-authenticate')).toMatch(/insufficient_scope/);

    const audit = await readAudit(vault.ctx.storage, 'anna', -1, 1000);
    const byClient = audit.filter((entry) => entry.actor.type === 'client');
    expect(byClient.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['token-issued', 'record-created', 'refused']),
    );
    for (const entry of byClient) {
      expect(entry.actor).toMatchObject({ clientId: site.clientId });
      expect(entry.purpose).toBe('dpv:ProvidePersonalisedRecommendations');
    }
    expect(audit.find((entry) => entry.action === 'grant-created')).toMatchObject({
      actor: { type: 'owner' },
    });
  });

  it('takes If-Match: * as whatever is there with a token too, as the owner’s routes do', async () => {
    const created = await callPod(
      site,
      tokens.access_token,
      'POST',
      `${pod()}/loans/`,
      loan('Ster'),
    );
    const location = created.headers.get('location')!;
    const put = await callPod(site, tokens.access_token, 'PUT', location, loan('Ster twee'), {
      'if-match': '*',
    });
    expect(put.status).toBe(200);
    expect(((await put.json()) as { item: { title: string } }).item.title).toBe('Ster twee');
    const stale = await callPod(site, tokens.access_token, 'PUT', location, loan('Ster drie'), {
      'if-match': created.headers.get('etag')!,
    });
    expect(stale.status).toBe(412);
    const deleted = await callPod(site, tokens.access_token, 'DELETE', location, undefined, {
      'if-match': '*',
    });
    expect(deleted.status).toBe(204);
  });

  it('ranks candidates over the allowed categories and returns their order only, never records', async () => {
    await callPod(
      site,
      tokens.access_token,
      'POST',
      `${pod()}/loans/`,
      loan('Het diner', ['1.7.6.0.0'], ['thriller']),
    );
    const fillers = Array.from({ length: 17 }, (_, i) => ({
      id: `other-${i}`,
      genres: ['poetry'],
    }));
    const response = await callPod(site, tokens.access_token, 'POST', `${pod()}/suggestions/rank`, {
      items: [
        { id: 'cookbook', title: 'Koken', termIds: ['1.50.0.0.0'], genres: ['cooking'] },
        { id: 'thriller', title: 'Spanning', genres: ['thriller'] },
        { id: 'novel', title: 'Roman', termIds: ['1.7.6.0.0'], genres: ['literary-fiction'] },
        ...fillers,
      ],
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      ranker: string;
      items: Record<string, unknown>[];
      categories: string[];
    };
    // The theme both loans share counts; the thriller genre of one loan alone does not.
    expect(body.items.map((item) => item.id)).toEqual([
      'novel',
      'cookbook',
      'thriller',
      ...fillers.map((item) => item.id),
    ]);
    expect(body.items[0]).toEqual({ id: 'novel' });
    expect(body).toMatchObject({ ranker: 'interest-profile', categories: ['loans', 'interests'] });
    expect(JSON.stringify(body)).not.toContain('De avonden');
  });

  it('dna:read returns coarse weighted themes and media, never records', async () => {
    const response = await callPod(site, tokens.access_token, 'GET', `${pod()}/dna`);
    expect(response.status).toBe(200);
    const dna = (await response.json()) as {
      themes: { id: string; weight: number }[];
      media: { id: string; weight: number }[];
      basedOn: string[];
    };
    expect(dna.themes).toEqual([{ id: '1.7.6.0.0', weight: 1 }]);
    expect(dna.media).toEqual([{ id: 'read', weight: 1 }]);
    expect(dna.basedOn).toEqual(['loans']);
    expect(JSON.stringify(dna)).not.toMatch(/De avonden|Het diner|Permeke/);
  });

  it('leaves a category the owner keeps out of personalisation out of dna:read', async () => {
    const personalise = (personalised: boolean) =>
      fetch(`${pod()}/personalisation/loans`, {
        method: 'PUT',
        headers: {
          cookie: anna.cookie,
          'x-csrf-token': anna.csrfToken,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ personalised }),
      });
    const dna = async () =>
      (await (await callPod(site, tokens.access_token, 'GET', `${pod()}/dna`)).json()) as {
        themes: unknown[];
        basedOn: string[];
      };
    expect((await personalise(false)).status).toBe(200);
    expect(await dna()).toMatchObject({ themes: [], basedOn: [] });
    // The site cannot flip the switch itself: owner-only, refused.
    expect(
      (
        await callPod(site, tokens.access_token, 'PUT', `${pod()}/personalisation/loans`, {
          personalised: true,
        })
      ).status,
    ).toBe(403);
    expect((await personalise(true)).status).toBe(200);
    expect((await dna()).basedOn).toEqual(['loans']);
  });

  it('introspects the token for its own client only', async () => {
    const introspect = (clientId: string) =>
      fetch(`${vault.url}/oauth/introspect`, {
        method: 'POST',
        body: new URLSearchParams({ token: tokens.access_token, client_id: clientId }),
      }).then((r) => r.json());
    expect(await introspect(site.clientId)).toMatchObject({
      active: true,
      scope: 'loans:write suggestions:rank dna:read',
      client_id: site.clientId,
      token_type: 'DPoP',
    });
    expect(await introspect('https://other.example/client.json')).toEqual({ active: false });
  });

  it('rotates refresh tokens; the new access token works', async () => {
    const next = await refresh(site, tokens.refresh_token!);
    expect(next.refresh_token).not.toBe(tokens.refresh_token);
    expect((await callPod(site, next.access_token, 'GET', `${pod()}/dna`)).status).toBe(200);
    tokens = next;
  });

  it('lists the grant for the owner and hands out a Kantara CR 1.1 receipt', async () => {
    const list = (await (
      await fetch(`${pod()}/grants`, { headers: { cookie: anna.cookie } })
    ).json()) as { grants: { id: string; scopes: string[]; status: string }[] };
    const grant = list.grants.find((item) => item.status === 'active')!;
    expect(grant.scopes).toEqual(['loans:write', 'suggestions:rank', 'dna:read']);
    const receipt = (await (
      await fetch(`${pod()}/grants/${grant.id}/receipt?lang=en`, {
        headers: { cookie: anna.cookie },
      })
    ).json()) as Record<string, unknown>;
    for (const field of [
      'version',
      'jurisdiction',
      'consentTimestamp',
      'collectionMethod',
      'consentReceiptID',
      'language',
      'piiPrincipalId',
      'piiControllers',
      'policyUrl',
      'services',
      'sensitive',
      'spiCat',
    ]) {
      expect(receipt).toHaveProperty(field);
    }
    expect(receipt).toMatchObject({
      version: 'KI-CR-v1.1.0',
      piiPrincipalId: `${pod()}/profile#me`,
      policy: { '@type': 'Agreement' },
    });
    expect(await fetch(`${pod()}/grants`)).toHaveProperty('status', 401);
  });

  it('exports the grant with the pod (ConsentGrant document)', async () => {
    const consents = (await vault.ctx.storage.consents.list('anna')).map(
      (json) => JSON.parse(json) as { clientId: string },
    );
    expect(consents.some((grant) => grant.clientId === site.clientId)).toBe(true);
  });

  it('stops the very next request once the owner revokes the grant, and refuses its refresh token', async () => {
    const list = (await (
      await fetch(`${pod()}/grants`, { headers: { cookie: anna.cookie } })
    ).json()) as { grants: { id: string; status: string }[] };
    const grant = list.grants.find((item) => item.status === 'active')!;
    expect((await callPod(site, tokens.access_token, 'GET', `${pod()}/dna`)).status).toBe(200);
    const withoutCsrf = await fetch(`${pod()}/grants/${grant.id}`, {
      method: 'DELETE',
      headers: { cookie: anna.cookie },
    });
    expect(withoutCsrf.status).toBe(403);
    const revoked = await fetch(`${pod()}/grants/${grant.id}`, {
      method: 'DELETE',
      headers: { cookie: anna.cookie, 'x-csrf-token': anna.csrfToken },
    });
    expect(revoked.status).toBe(204);
    const after = await callPod(site, tokens.access_token, 'GET', `${pod()}/dna`);
    expect(after.status).toBe(401);
    expect(after.headers.get('www-authenticate')).toMatch(/^DPoP error="invalid_token"/);
    await expect(refresh(site, tokens.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });
});

describe('the consent page', () => {
  it('speaks Dutch by default and English on request, in plain words, with purpose, categories and end date', async () => {
    const started = await startAuthorization(site, {
      scope: 'tickets:write suggestions:rank',
      purpose: 'dpv:ProvideEventRecommendations',
      until: '2099-01-01',
    });
    const consent = await fetch(started.url, {
      redirect: 'manual',
      headers: { cookie: anna.cookie },
    });
    const consentUrl = new URL(consent.headers.get('location')!, vault.url);
    const nl = await (
      await fetch(consentUrl, { headers: { cookie: anna.cookie, 'accept-language': 'nl-BE' } })
    ).text();
    expect(nl).toContain('Bibliotheek Antwerpen vraagt toegang tot je kluis.');
    expect(nl).toContain('Je activiteiten en evenementen aanbevelen');
    expect(nl).toContain('Ticketaankopen');
    expect(nl).toMatch(/name="until"\s+value="\d{4}-\d{2}-\d{2}"/);
    consentUrl.searchParams.set('lang', 'en');
    const page = await fetch(consentUrl, { headers: { cookie: anna.cookie } });
    const en = await page.text();
    expect(en).toContain('Bibliotheek Antwerpen asks for access to your vault.');
    expect(en).toContain('Put lists in your order');
    expect(en).toContain('Recommend activities and events to you');
    // The end date is capped at the longest grant (a year), not 2099.
    expect(en).not.toContain('2099');
    // The form may redirect to the site after the POST: form-action names its origin, nothing else.
    expect(page.headers.get('content-security-policy')).toContain(
      `form-action 'self' ${new URL(site.redirectUri).origin}`,
    );
  });

  it('sends access_denied back to the site when the person refuses and follows the link back', async () => {
    const started = await startAuthorization(site, { scope: 'dna:read' });
    // A page of the vault (no redirect to a client's page the person refused), with the link followed.
    const { location, status } = await decideInVault(started.url, anna, { decision: 'deny' });
    expect(status).toBe(200);
    const callback = new URL(location);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('state')).toBe(started.state);
    expect(() => oauth.validateAuthResponse(site.as, site.client, callback, started.state)).toThrow(
      oauth.AuthorizationResponseError,
    );
  });

  it('lets the person shorten the duration, not lengthen it', async () => {
    const day = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const longer = new Date(Date.now() + 500 * 86_400_000).toISOString().slice(0, 10);
    const started = await startAuthorization(site, { scope: 'dna:read' });
    const refused = await decideInVault(started.url, anna, { until: longer });
    expect(refused.status).toBe(400);
    const shortened = await connect(site, anna, { scope: 'dna:read' }, { until: day });
    expect(shortened.authorization_details).toEqual([
      expect.objectContaining({ until: `${day}T23:59:59.999Z` }),
    ]);
  });

  it('sends a person without a session to sign in first, and back afterwards', async () => {
    const started = await startAuthorization(site, { scope: 'dna:read' });
    const authorize = await fetch(started.url, { redirect: 'manual' });
    // Nothing is stored before signing in: the sign-in page comes back to the authorize URL.
    expect(authorize.status).toBe(303);
    const location = authorize.headers.get('location')!;
    expect(location).toMatch(/^\/signin\?return_to=%2Foauth%2Fauthorize%3F/);
    const back = new URL(new URL(location, vault.url).searchParams.get('return_to')!, vault.url);
    const consent = await fetch(back, { redirect: 'manual', headers: { cookie: anna.cookie } });
    expect(consent.status).toBe(303);
    expect(consent.headers.get('location')).toMatch(/^\/oauth\/consent\//);
  });
});
