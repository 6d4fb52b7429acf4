import { createHmac } from 'node:crypto';
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  issueAccessToken,
  type AccessTokenInput,
} from '../vault-server/src/oauth/tokens/access-token.ts';
import {
  createDpopKey,
  dpopKeyFrom,
  type DpopKey,
} from '../vault-server/src/oauth/testing/dpop-key.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../vault-server/src/oauth/testing/oauth-test-server.ts';
import {
  callPod,
  connect,
  decideInVault,
  exchangeCode,
  refresh,
  startAuthorization,
  startTestClient,
  type TestClient,
} from '../vault-server/src/oauth/testing/test-client.ts';
import { loanRecord } from '../vault-server/src/testing/test-vault.ts';

let vault: OAuthTestVault;
let site: TestClient;
let key: DpopKey;
let anna: OwnerLogin;
let bert: OwnerLogin;
let tokens: oauth.TokenEndpointResponse;
let grantId: string;

const insecure = { [oauth.allowInsecureRequests]: true } as const;
const annaDna = () => `${vault.url}/pods/anna/dna`;
const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A request to a pod with full control over the token and the proof. */
async function raw(
  token: string,
  url: string,
  options: { method?: string; proof?: string | null; scheme?: string } = {},
): Promise<Response> {
  const method = options.method ?? 'GET';
  const proof =
    options.proof === undefined
      ? await key.proof(method, url, { accessToken: token })
      : options.proof;
  return fetch(url, {
    method,
    headers: {
      authorization: `${options.scheme ?? 'DPoP'} ${token}`,
      ...(proof === null ? {} : { dpop: proof }),
    },
  });
}

async function expectRefused(
  response: Response,
  error: 'invalid_token' | 'invalid_dpop_proof',
  detail?: RegExp,
): Promise<void> {
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toMatch(new RegExp(`^DPoP error="${error}"`));
  const body = (await response.json()) as { detail: string };
  if (detail) expect(body.detail).toMatch(detail);
}

/** A token signed with the vault's own key, for anna's live grant and the site's DPoP key, with claims to spoil. */
const forged = (overrides: Partial<AccessTokenInput>) =>
  issueAccessToken(vault.oauth.deps.keys, {
    issuer: vault.url,
    webId: `${vault.url}/pods/anna/profile#me`,
    audience: `${vault.url}/pods/anna/`,
    clientId: site.clientId,
    scopes: ['dna:read'],
    purpose: 'dpv:ServicePersonalisation',
    grantId,
    jkt: key.jkt,
    lifetimeSeconds: 300,
    ...overrides,
  }).then((issued) => issued.token);

async function tokenError(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(oauth.ResponseBodyError);
  return (error as oauth.ResponseBodyError).error;
}

beforeAll(async () => {
  vault = await startOAuthTestVault();
  site = await startTestClient(vault.url);
  key = await dpopKeyFrom(site.keyPair);
  anna = await vault.owner('anna');
  bert = await vault.owner('bert');
  tokens = await connect(site, anna, { scope: 'dna:read loans:write' });
  const grants = (await (
    await fetch(`${vault.url}/pods/anna/grants`, { headers: { cookie: anna.cookie } })
  ).json()) as { grants: { id: string }[] };
  grantId = grants.grants[0]!.id;
  expect((await raw(tokens.access_token, annaDna())).status).toBe(200);
});
afterAll(async () => {
  await site?.close();
  await vault?.close();
});

describe('access tokens at the resource server', () => {
  it('refuses alg none', async () => {
    const [, payload] = tokens.access_token.split('.');
    await expectRefused(
      await raw(`${b64({ alg: 'none', typ: 'at+jwt' })}.${payload}.`, annaDna()),
      'invalid_token',
    );
  });

  it('refuses HS256 signed with the public key', async () => {
    const [header, payload] = tokens.access_token.split('.');
    const { kid } = JSON.parse(Buffer.from(header!, 'base64url').toString()) as { kid: string };
    const jwks = (await (await fetch(`${vault.url}/.well-known/jwks.json`)).json()) as {
      keys: { kid: string }[];
    };
    const secret = JSON.stringify(jwks.keys.find((jwk) => jwk.kid === kid));
    const forgedHeader = b64({ alg: 'HS256', typ: 'at+jwt', kid });
    const signature = createHmac('sha256', secret)
      .update(`${forgedHeader}.${payload}`)
      .digest('base64url');
    await expectRefused(
      await raw(`${forgedHeader}.${payload}.${signature}`, annaDna()),
      'invalid_token',
      /algorithm/,
    );
  });

  it('refuses an expired token', async () => {
    await expectRefused(
      await raw(await forged({ now: new Date(Date.now() - 900_000) }), annaDna()),
      'invalid_token',
      /expired/,
    );
  });

  it('refuses a token that is not valid yet', async () => {
    await expectRefused(
      await raw(await forged({ now: new Date(Date.now() + 120_000) }), annaDna()),
      'invalid_token',
      /not valid yet/,
    );
  });

  it('refuses a token for another audience', async () => {
    await expectRefused(
      await raw(await forged({ audience: 'https://other-resource.example/' }), annaDna()),
      'invalid_token',
      /another resource/,
    );
  });

  it('refuses a token from another issuer', async () => {
    await expectRefused(
      await raw(await forged({ issuer: 'https://evil.example' }), annaDna()),
      'invalid_token',
      /another issuer/,
    );
  });

  it('refuses a token for pod A used on pod B', async () => {
    await expectRefused(
      await raw(tokens.access_token, `${vault.url}/pods/bert/dna`),
      'invalid_token',
      /another resource/,
    );
    await expectRefused(
      await raw(tokens.access_token, `${vault.url}/pods/bert/loans/`, { method: 'POST' }),
      'invalid_token',
    );
  });

  it('refuses a bearer token (DPoP is required)', async () => {
    await expectRefused(
      await raw(tokens.access_token, annaDna(), { scheme: 'Bearer', proof: null }),
      'invalid_token',
      /DPoP/,
    );
  });
});

describe('DPoP proofs at the resource server', () => {
  it('refuses a proof for another method', async () => {
    await expectRefused(
      await raw(tokens.access_token, annaDna(), {
        proof: await key.proof('POST', annaDna(), { accessToken: tokens.access_token }),
      }),
      'invalid_dpop_proof',
      /method/,
    );
  });

  it('refuses a proof for another URL', async () => {
    const other = `${vault.url}/pods/anna/loans/`;
    await expectRefused(
      await raw(tokens.access_token, annaDna(), {
        proof: await key.proof('GET', other, { accessToken: tokens.access_token }),
      }),
      'invalid_dpop_proof',
      /URL/,
    );
  });

  it('refuses a replayed proof', async () => {
    const proof = await key.proof('GET', annaDna(), { accessToken: tokens.access_token });
    expect((await raw(tokens.access_token, annaDna(), { proof })).status).toBe(200);
    await expectRefused(
      await raw(tokens.access_token, annaDna(), { proof }),
      'invalid_dpop_proof',
      /used before/,
    );
  });

  it('refuses a missing proof', async () => {
    await expectRefused(
      await raw(tokens.access_token, annaDna(), { proof: null }),
      'invalid_dpop_proof',
      /required/,
    );
  });

  it('refuses a proof by another key than the token is bound to', async () => {
    const thief = await createDpopKey();
    await expectRefused(
      await raw(tokens.access_token, annaDna(), {
        proof: await thief.proof('GET', annaDna(), { accessToken: tokens.access_token }),
      }),
      'invalid_dpop_proof',
      /another key/,
    );
  });
});

describe('the token endpoint', () => {
  it('refuses scope escalation', async () => {
    const started = await startAuthorization(site, { scope: 'dna:read' });
    const { location } = await decideInVault(started.url, anna);
    const params = oauth.validateAuthResponse(
      site.as,
      site.client,
      new URL(location),
      started.state,
    );
    const response = await oauth.authorizationCodeGrantRequest(
      site.as,
      site.client,
      oauth.None(),
      params,
      site.redirectUri,
      started.codeVerifier,
      {
        DPoP: site.dpop,
        additionalParameters: { scope: 'dna:read loans:read' },
        ...insecure,
      },
    );
    expect(
      await tokenError(oauth.processAuthorizationCodeResponse(site.as, site.client, response)),
    ).toBe('invalid_scope');
  });

  it('refuses scope escalation on refresh too', async () => {
    const granted = await connect(site, anna, { scope: 'dna:read' });
    const response = await oauth.refreshTokenGrantRequest(
      site.as,
      site.client,
      oauth.None(),
      granted.refresh_token!,
      {
        DPoP: site.dpop,
        additionalParameters: { scope: 'dna:read loans:write' },
        ...insecure,
      },
    );
    expect(
      await tokenError(oauth.processRefreshTokenResponse(site.as, site.client, response)),
    ).toBe('invalid_scope');
  });

  it('refuses a replayed authorization code and revokes what it gave', async () => {
    const started = await startAuthorization(site, { scope: 'dna:read' });
    const { location } = await decideInVault(started.url, anna);
    const first = await exchangeCode(site, location, started);
    expect((await callPod(site, first.access_token, 'GET', annaDna())).status).toBe(200);
    expect(await tokenError(exchangeCode(site, location, started))).toBe('invalid_grant');
    expect((await callPod(site, first.access_token, 'GET', annaDna())).status).toBe(401);
  });

  it('refuses a wrong PKCE verifier', async () => {
    const started = await startAuthorization(site, { scope: 'dna:read' });
    const { location } = await decideInVault(started.url, anna);
    expect(
      await tokenError(
        exchangeCode(site, location, {
          ...started,
          codeVerifier: oauth.generateRandomCodeVerifier(),
        }),
      ),
    ).toBe('invalid_grant');
  });

  it('refuses a token request without a DPoP proof', async () => {
    const started = await startAuthorization(site, { scope: 'dna:read' });
    const { location } = await decideInVault(started.url, anna);
    const params = oauth.validateAuthResponse(
      site.as,
      site.client,
      new URL(location),
      started.state,
    );
    const response = await oauth.authorizationCodeGrantRequest(
      site.as,
      site.client,
      oauth.None(),
      params,
      site.redirectUri,
      started.codeVerifier,
      insecure,
    );
    expect(
      await tokenError(oauth.processAuthorizationCodeResponse(site.as, site.client, response)),
    ).toBe('invalid_dpop_proof');
  });

  it('treats refresh-token reuse as theft: the whole grant is revoked', async () => {
    const first = await connect(site, anna, { scope: 'dna:read' });
    const second = await refresh(site, first.refresh_token!);
    expect((await callPod(site, second.access_token, 'GET', annaDna())).status).toBe(200);
    expect(await tokenError(refresh(site, first.refresh_token!))).toBe('invalid_grant');
    expect((await callPod(site, second.access_token, 'GET', annaDna())).status).toBe(401);
    expect(await tokenError(refresh(site, second.refresh_token!))).toBe('invalid_grant');
  });
});

describe('the authorization endpoint', () => {
  // Errors go to the site's redirect URI by themselves only while anna's grant through it works
  // (RFC 9700 §4.11.2); the token endpoint's tests above revoke the one made at the start.
  beforeAll(async () => {
    await connect(site, anna, { scope: 'dna:read' });
  });

  const authorizeWith = async (extra: Record<string, string>) => {
    const started = await startAuthorization(site, { scope: 'dna:read', par: false, extra });
    return fetch(started.url, { redirect: 'manual', headers: { cookie: anna.cookie } });
  };

  it('refuses a redirect URI mismatch with an error page, without redirecting', async () => {
    const response = await authorizeWith({
      redirect_uri: `${new URL(site.redirectUri).origin}/other-callback`,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain(
      'redirect_uri is not one of the client’s registered redirect URIs',
    );
  });

  it.each([
    'https://evil.example/callback',
    `SITE/callback/../evil`,
    `SITE/callback?next=https://evil.example`,
    `SITE/callback/`,
    `SITE/callback#x`,
    `SITE.evil.example/callback`,
  ])('refuses an open redirect to %s', async (target) => {
    const response = await authorizeWith({
      redirect_uri: target.replace('SITE', new URL(site.redirectUri).origin),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });

  it('refuses an unreachable client with an error page', async () => {
    const response = await fetch(
      `${vault.url}/oauth/authorize?client_id=${encodeURIComponent('http://127.0.0.1:9/client.json')}&response_type=code`,
      { redirect: 'manual' },
    );
    expect(response.status).toBe(400);
    // The same words for every failure, so the vault cannot be used to map its networks.
    expect(await response.text()).toContain('cannot be used');
  });

  it.each([
    [{ code_challenge_method: 'plain' }, /S256/],
    [{ code_challenge: '', code_challenge_method: '' }, /S256/],
    [{ state: '' }, /state is required/],
    [{ scope: 'dna:read admin:all' }, /unknown scope/],
  ])('sends %o back to a client the person granted, as an error', async (extra, message) => {
    const response = await authorizeWith(extra);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(site.redirectUri);
    expect(location.searchParams.get('error')).toMatch(/invalid_request|invalid_scope/);
    expect(location.searchParams.get('error_description')).toMatch(message);
    expect(location.searchParams.get('iss')).toBe(vault.url);
  });

  it('shows its own error page, not the client’s redirect URI, to a person who is not signed in (review finding: open redirector through a hostile client document)', async () => {
    // Anyone can publish a client document; this one lists a phishing page as its redirect URI.
    const hostile = await startTestClient(vault.url, {
      name: 'Wat dan ook',
      redirectUris: ['https://phish.example/vault-login'],
    });
    try {
      const bare = new URL(`${vault.url}/oauth/authorize`);
      bare.searchParams.set('client_id', hostile.clientId);
      const full = await startAuthorization(hostile, {
        scope: 'dna:read',
        par: false,
        extra: { scope: 'admin:all' },
      });
      for (const url of [bare.href, full.url]) {
        const response = await fetch(url, { redirect: 'manual' });
        expect(response.headers.get('location')).toBeNull();
        expect(response.status).toBe(400);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        expect(await response.text()).toMatch(/response_type must be code|unknown scope/);
      }
      // Signed in, but anna never granted this client: still the vault's page, the way back a link.
      const signedIn = await fetch(full.url, {
        redirect: 'manual',
        headers: { cookie: anna.cookie },
      });
      expect(signedIn.status).toBe(400);
      expect(signedIn.headers.get('location')).toBeNull();
      expect(await signedIn.text()).toMatch(
        /href="https:\/\/phish\.example\/vault-login\?error=invalid_scope[^"]*" id="request-error-return"/,
      );
    } finally {
      await hostile.close();
    }
  });

  it('shows a signed-in person the vault’s own page with a link back for a bad request from a client they never granted that redirect URI, and still redirects for one they did (review finding: RFC 9700 §4.11.2 attack 1, error redirects to untrusted redirect URIs)', async () => {
    // Anyone can publish a client document; this one lists a phishing page as its redirect URI.
    const hostile = await startTestClient(vault.url, {
      name: 'Wat dan ook',
      redirectUris: ['https://phish.example/vault-login'],
    });
    // A site anna connected through its first redirect URI; its document lists a second one.
    const library = await startTestClient(vault.url, {
      name: 'Twee deuren',
      redirectPaths: ['/callback', '/other-door'],
    });
    const badScope = { scope: 'dna:read admin:all' };
    const authorize = async (tc: TestClient, login: OwnerLogin, extra: Record<string, string>) => {
      const started = await startAuthorization(tc, { scope: 'dna:read', par: false, extra });
      const response = await fetch(started.url, {
        redirect: 'manual',
        headers: { cookie: login.cookie },
      });
      return { response, state: started.state };
    };
    const expectPage = async (
      { response, state }: { response: Response; state: string },
      name: string,
      redirectUri: string,
    ) => {
      expect(response.headers.get('location')).toBeNull();
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).toContain(name);
      expect(html).toMatch(/unknown scope/);
      // The way back is a plain link the person may follow, carrying what the client must hear.
      const back = /href="([^"]*)"[^>]*id="request-error-return"/.exec(html);
      const link = new URL(back![1]!.replace(/&amp;/g, '&'));
      expect(link.origin + link.pathname).toBe(redirectUri);
      expect(link.searchParams.get('error')).toBe('invalid_scope');
      expect(link.searchParams.get('error_description')).toMatch(/unknown scope/);
      expect(link.searchParams.get('state')).toBe(state);
      expect(link.searchParams.get('iss')).toBe(vault.url);
    };
    try {
      await connect(library, anna, { scope: 'dna:read' });
      const otherDoor = `${new URL(library.redirectUri).origin}/other-door`;

      // Never granted by anyone: the vault's page, not the phishing page.
      await expectPage(
        await authorize(hostile, anna, badScope),
        'Wat dan ook',
        'https://phish.example/vault-login',
      );
      // Granted, but through another of its redirect URIs, or by someone else: the page too.
      await expectPage(
        await authorize(library, anna, { ...badScope, redirect_uri: otherDoor }),
        'Twee deuren',
        otherDoor,
      );
      await expectPage(
        await authorize(library, bert, badScope),
        'Twee deuren',
        library.redirectUri,
      );

      // Anna's live grant, through the same redirect URI: told on the site at once (RFC 6749 §4.1.2.1).
      const trusted = await authorize(library, anna, badScope);
      expect(trusted.response.status).toBe(303);
      const location = new URL(trusted.response.headers.get('location')!);
      expect(location.origin + location.pathname).toBe(library.redirectUri);
      expect(location.searchParams.get('error')).toBe('invalid_scope');
      expect(location.searchParams.get('state')).toBe(trusted.state);

      // Once that grant is revoked, the site is no longer trusted to receive her automatically.
      for (const grant of await vault.oauth.deps.store.listGrants('anna'))
        if (grant.clientId === library.clientId)
          await vault.oauth.deps.store.revokeGrant(grant.id, new Date().toISOString(), 'owner');
      await expectPage(
        await authorize(library, anna, badScope),
        'Twee deuren',
        library.redirectUri,
      );
    } finally {
      await hostile.close();
      await library.close();
    }
  });

  it('refuses consent approval without the CSRF token, with a wrong one, or from another account', async () => {
    for (const [login, csrf] of [
      [anna, ''],
      [anna, 'not-the-token'],
    ] as const) {
      const started = await startAuthorization(site, { scope: 'dna:read' });
      const decided = await decideInVault(started.url, login, { csrf });
      expect(decided.status).toBe(403);
      expect(decided.location).toBe('');
    }
    // Anna's consent page, submitted by Bert's browser with Anna's token: still refused.
    const started = await startAuthorization(site, { scope: 'dna:read' });
    const annaPage = await decideInVault(started.url, anna, { decision: 'deny' });
    expect(annaPage.status).toBe(200);
    const again = await startAuthorization(site, { scope: 'dna:read' });
    const first = await fetch(again.url, { redirect: 'manual', headers: { cookie: anna.cookie } });
    const consentUrl = new URL(first.headers.get('location')!, vault.url);
    const html = await (await fetch(consentUrl, { headers: { cookie: anna.cookie } })).text();
    const csrf = /name="csrf"\s+value="([^"]*)"/.exec(html)![1]!;
    const forgedPost = await fetch(consentUrl, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: bert.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        csrf,
        decision: 'approve',
        scope: 'dna:read',
        until: new Date().toISOString().slice(0, 10),
      }),
    });
    expect(forgedPost.status).toBe(403);
    expect(forgedPost.headers.get('location')).toBeNull();
  });

  it('accepts a pushed request once only', async () => {
    const started = await startAuthorization(site, { scope: 'dna:read' });
    expect(
      (await fetch(started.url, { redirect: 'manual', headers: { cookie: anna.cookie } })).status,
    ).toBe(303);
    expect(
      (await fetch(started.url, { redirect: 'manual', headers: { cookie: anna.cookie } })).status,
    ).toBe(400);
  });
});

describe('idempotency keys at the resource server', () => {
  it('a write-only site cannot learn which idempotency keys exist in the pod (review finding: idempotency-key oracle)', async () => {
    // The owner keeps a loan under a descriptive key, as imports and example records do.
    const key = 'loan-2024-03-01-book-1';
    const owner = await fetch(`${vault.url}/pods/anna/loans/`, {
      method: 'POST',
      headers: {
        cookie: anna.cookie,
        'x-csrf-token': anna.csrfToken,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ ...loanRecord('Geheim boek'), idempotencyKey: key }),
    });
    expect(owner.status).toBe(201);
    const url = `${vault.url}/pods/anna/loans/`;
    // Approving again replaced the site's first grant (tests above did): this one is its own.
    const tokens = await connect(site, anna, { scope: 'dna:read loans:write' });
    // The site may write loans, not read them; a guessed key and an unused one answer alike.
    expect((await callPod(site, tokens.access_token, 'GET', url)).status).toBe(404);
    const guess = await callPod(site, tokens.access_token, 'POST', url, loanRecord('Iets'), {
      'idempotency-key': key,
    });
    const fresh = await callPod(site, tokens.access_token, 'POST', url, loanRecord('Iets'), {
      'idempotency-key': 'loan-2024-03-01-book-2',
    });
    expect([guess.status, fresh.status]).toEqual([201, 201]);
    // Its own retry is still a retry: the same record, not a second one.
    const retry = await callPod(site, tokens.access_token, 'POST', url, loanRecord('Iets'), {
      'idempotency-key': key,
    });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('location')).toBe(guess.headers.get('location'));
  });
});

describe('the export', () => {
  it('holds the person’s grants and connected sources (review finding: the export leaves out OAuth grants, connected sources and the insight opt-in)', async () => {
    await vault.ctx.storage.connectedSources.connect(
      'anna',
      'library',
      'LIBCARD-998877',
      new Date().toISOString(),
    );
    const exported = (await (
      await fetch(`${vault.url}/pods/anna/export`, { headers: { cookie: anna.cookie } })
    ).json()) as {
      grants: { id: string; clientId: string; status: string }[];
      connectedSources: { source: string; subject: string }[];
    };
    expect(exported.grants.map((g) => g.id)).toContain(grantId);
    expect(exported.grants.find((g) => g.id === grantId)).toMatchObject({
      clientId: site.clientId,
    });
    expect(exported.connectedSources).toMatchObject([
      { source: 'library', subject: 'LIBCARD-998877' },
    ]);
  });
});
