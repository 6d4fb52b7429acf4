import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as oauth from 'oauth4webapi';
import type { OwnerLogin } from './oauth-test-server.ts';

export interface TestClient {
  clientId: string;
  redirectUri: string;
  as: oauth.AuthorizationServer;
  client: oauth.Client;
  keyPair: CryptoKeyPair;
  dpop: oauth.DPoPHandle;
  close(): Promise<void>;
}

export interface AuthorizationOptions {
  scope: string;
  purpose?: string;
  until?: string;
  rankCategories?: string[];
  /** Pushed (default) or plain query parameters. */
  par?: boolean;
  /** Raw parameters to add or override, to build bad requests on purpose. */
  extra?: Record<string, string>;
}

export interface StartedAuthorization {
  url: string;
  state: string;
  codeVerifier: string;
}

const insecure = { [oauth.allowInsecureRequests]: true } as const;

/**
 * A third-party site in a test: serves its Client ID Metadata Document on the loopback interface and
 * talks to the vault through oauth4webapi (a certified, independent OAuth client), with DPoP.
 */
export async function startTestClient(
  vaultUrl: string,
  options: {
    name?: string;
    redirectPaths?: string[];
    /** Absolute redirect URIs, anywhere (a hostile document lists what it likes). */
    redirectUris?: string[];
    keyPair?: CryptoKeyPair;
    /** While true, the document is not served (503): the site's host is down. */
    documentDown?: () => boolean;
  } = {},
): Promise<TestClient> {
  let origin = '';
  const redirectUris = () =>
    options.redirectUris ?? (options.redirectPaths ?? ['/callback']).map((path) => origin + path);
  const server = http.createServer((req, res) => {
    if (req.url !== '/client.json') return void res.writeHead(404).end();
    if (options.documentDown?.()) return void res.writeHead(503).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        client_id: `${origin}/client.json`,
        client_name: options.name ?? 'Testbibliotheek',
        redirect_uris: redirectUris(),
        policy_uri: `${origin}/privacy`,
        contacts: ['privacy@testbibliotheek.example'],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'none',
        dpop_bound_access_tokens: true,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const issuer = new URL(vaultUrl);
  const as = await oauth.processDiscoveryResponse(
    issuer,
    await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }),
  );
  const client: oauth.Client = {
    client_id: `${origin}/client.json`,
    token_endpoint_auth_method: 'none',
  };
  const keyPair = options.keyPair ?? (await oauth.generateKeyPair('ES256'));
  return {
    clientId: client.client_id,
    redirectUri: redirectUris()[0]!,
    as,
    client,
    keyPair,
    dpop: oauth.DPoP(client, keyPair),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export async function startAuthorization(
  tc: TestClient,
  options: AuthorizationOptions,
): Promise<StartedAuthorization> {
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const params: Record<string, string> = {
    client_id: tc.clientId,
    redirect_uri: tc.redirectUri,
    response_type: 'code',
    scope: options.scope,
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    authorization_details: JSON.stringify([
      {
        type: 'verwonder_access',
        purpose: options.purpose ?? 'dpv:ProvidePersonalisedRecommendations',
        ...(options.until ? { until: options.until } : {}),
        ...(options.rankCategories ? { rank_categories: options.rankCategories } : {}),
      },
    ]),
    ...options.extra,
  };
  for (const [key, value] of Object.entries(params)) if (value === '') delete params[key];
  const url = new URL(tc.as.authorization_endpoint!);
  if (options.par === false) {
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return { url: url.href, state, codeVerifier };
  }
  const response = await oauth.pushedAuthorizationRequest(tc.as, tc.client, oauth.None(), params, {
    DPoP: tc.dpop,
    ...insecure,
  });
  const pushed = await oauth.processPushedAuthorizationResponse(tc.as, tc.client, response);
  url.searchParams.set('client_id', tc.clientId);
  url.searchParams.set('request_uri', pushed.request_uri);
  return { url: url.href, state, codeVerifier };
}

export interface ConsentChoice {
  decision?: 'approve' | 'deny';
  /** Scopes left ticked; default: all the page offers. */
  scopes?: string[];
  rankCategories?: string[];
  until?: string;
  /** Replace the page's CSRF token (undefined: keep; '': leave out). */
  csrf?: string;
}

/** What the person does in the browser, done with fetch: open the authorization URL, read the consent page, submit it. */
export async function decideInVault(
  authorizationUrl: string,
  login: Pick<OwnerLogin, 'cookie'>,
  choice: ConsentChoice = {},
): Promise<{ consentHtml: string; location: string; status: number }> {
  const first = await fetch(authorizationUrl, {
    redirect: 'manual',
    headers: { cookie: login.cookie },
  });
  const consentUrl = first.headers.get('location');
  if (first.status !== 303 || !consentUrl)
    throw new Error(`authorize answered ${first.status}: ${await first.text()}`);
  const page = await fetch(new URL(consentUrl, authorizationUrl), {
    headers: { cookie: login.cookie },
  });
  const consentHtml = await page.text();
  const field = (name: string) =>
    [...consentHtml.matchAll(new RegExp(`name="${name}"\\s+value="([^"]*)"`, 'g'))].map(
      (match) => match[1]!,
    );
  const form = new URLSearchParams();
  const csrf = choice.csrf ?? field('csrf')[0] ?? '';
  if (csrf !== '') form.append('csrf', csrf);
  form.append('decision', choice.decision ?? 'approve');
  for (const scope of choice.scopes ?? field('scope')) form.append('scope', scope);
  for (const category of choice.rankCategories ?? field('rank_category'))
    form.append('rank_category', category);
  form.append(
    'until',
    choice.until ?? /name="until"\s+value="([^"]*)"/.exec(consentHtml)?.[1] ?? '',
  );
  const action = /action="([^"]*)"/.exec(consentHtml)?.[1];
  if (!action) throw new Error(`no consent form: ${consentHtml}`);
  const decided = await fetch(new URL(action.replace(/&amp;/g, '&'), authorizationUrl), {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: login.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  // Refusing a site answers the vault's own page with a link back: the person follows it.
  const back =
    decided.status === 200
      ? /href="([^"]*)"[^>]*id="refused-return"/.exec(await decided.text())
      : null;
  const location = back ? back[1]!.replace(/&amp;/g, '&') : (decided.headers.get('location') ?? '');
  return { consentHtml, location, status: decided.status };
}

export async function exchangeCode(
  tc: TestClient,
  callback: string,
  started: StartedAuthorization,
): Promise<oauth.TokenEndpointResponse> {
  const params = oauth.validateAuthResponse(tc.as, tc.client, new URL(callback), started.state);
  const response = await oauth.authorizationCodeGrantRequest(
    tc.as,
    tc.client,
    oauth.None(),
    params,
    tc.redirectUri,
    started.codeVerifier,
    { DPoP: tc.dpop, ...insecure },
  );
  return oauth.processAuthorizationCodeResponse(tc.as, tc.client, response);
}

/** The whole flow: authorize, approve as `login`, exchange the code. */
export async function connect(
  tc: TestClient,
  login: Pick<OwnerLogin, 'cookie'>,
  options: AuthorizationOptions,
  choice: ConsentChoice = {},
): Promise<oauth.TokenEndpointResponse> {
  const started = await startAuthorization(tc, options);
  const { location } = await decideInVault(started.url, login, choice);
  return exchangeCode(tc, location, started);
}

export function refresh(
  tc: TestClient,
  refreshToken: string,
): Promise<oauth.TokenEndpointResponse> {
  return oauth
    .refreshTokenGrantRequest(tc.as, tc.client, oauth.None(), refreshToken, {
      DPoP: tc.dpop,
      ...insecure,
    })
    .then((response) => oauth.processRefreshTokenResponse(tc.as, tc.client, response));
}

/** A resource request with the DPoP-bound token, as the library sends it. */
export function callPod(
  tc: TestClient,
  accessToken: string,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const all = new Headers({ accept: 'application/json', ...headers });
  if (body !== undefined) all.set('content-type', 'application/json');
  return oauth
    .protectedResourceRequest(
      accessToken,
      method,
      new URL(url),
      all,
      body === undefined ? null : JSON.stringify(body),
      { DPoP: tc.dpop, ...insecure },
    )
    .catch((error: unknown) => {
      // oauth4webapi throws on a 401 challenge; tests look at the response itself.
      if (error instanceof oauth.WWWAuthenticateChallengeError) return error.response;
      throw error;
    });
}
