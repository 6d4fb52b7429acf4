/**
 * The real demo city sites (startCitySites: real pages, the real oauth/ client) against a real OAuth
 * test vault: what a visitor's browser does across the three sites, near token expiry, on a double
 * submit. The access tokens live 32 s: the sites renew 30 s before expiry, so after ~2 s every call
 * renews first (the state a 300 s token is in during its last 30 s).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCitySites, type CitySites } from '../examples/city-sites/src/index.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../vault-server/src/oauth/testing/oauth-test-server.ts';
import { connectVisitor, type CookieJar } from './support/city-site-visitor.ts';

let vault: OAuthTestVault;
let anna: OwnerLogin;
let sites: CitySites;

const connect = (siteUrl: string, jar?: CookieJar) => connectVisitor(vault, anna, siteUrl, jar);

async function grants() {
  const body = (await (
    await fetch(`${vault.url}/pods/anna/grants`, { headers: { cookie: anna.cookie } })
  ).json()) as {
    grants: { id: string; status: string; clientId: string; revokedReason?: string }[];
  };
  return body.grants;
}

async function revokeAll(): Promise<void> {
  for (const grant of await grants())
    if (grant.status === 'active')
      await fetch(`${vault.url}/pods/anna/grants/${grant.id}`, {
        method: 'DELETE',
        headers: { cookie: anna.cookie, 'x-csrf-token': anna.csrfToken },
      });
}

const page = (url: string, jar: CookieJar) =>
  fetch(url, { headers: { cookie: jar.header } }).then(async (response) => ({
    headers: response.headers,
    body: await response.text(),
  }));

const state = (body: string) => /id="vault-status" data-state="(\w+)"/.exec(body)?.[1];

beforeAll(async () => {
  vault = await startOAuthTestVault({ oauth: { config: { accessTokenSeconds: 32 } } });
  anna = await vault.owner('anna');
  sites = await startCitySites({
    ports: { library: 0, agenda: 0, museum: 0 },
    vault: { url: vault.url },
  });
}, 60_000);
afterAll(async () => {
  await sites?.close();
  await vault?.close();
});

describe('the demo city sites connected to a vault', () => {
  it('two concurrent page loads near token expiry renew once, and the grant stays active (review finding: concurrent requests reuse the refresh token and the grant is revoked)', async () => {
    await revokeAll();
    const jar = await connect(sites.urls.library);
    expect((await page(`${sites.urls.library}/?q=the`, jar)).body).toContain('id="vault-order"');
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    // Two tabs, or a reload while the first load runs: both need a renewed token at once.
    const loads = await Promise.all([
      page(`${sites.urls.library}/?q=the`, jar),
      page(`${sites.urls.library}/?q=love`, jar),
    ]);
    for (const load of loads) expect(load.body).toContain('id="vault-order"');
    const library = (await grants()).filter((grant) =>
      grant.clientId.startsWith(sites.urls.library),
    );
    expect(library.filter((grant) => grant.status === 'active')).toHaveLength(1);
    expect(library.some((grant) => grant.revokedReason === 'refresh-token-reuse')).toBe(false);
    expect(state((await page(`${sites.urls.library}/?q=the`, jar)).body)).toBe('connected');
  }, 60_000);

  it('connecting on the agenda keeps the library connected, one cookie per site (review finding: the demo sites share one session cookie)', async () => {
    await revokeAll();
    const jar = await connect(sites.urls.library);
    expect(state((await page(`${sites.urls.library}/`, jar)).body)).toBe('connected');
    // The same browser (one jar for 127.0.0.1, every port) connects the agenda too.
    await connect(sites.urls.agenda, jar);
    expect(state((await page(`${sites.urls.agenda}/`, jar)).body)).toBe('connected');
    expect(state((await page(`${sites.urls.library}/`, jar)).body)).toBe('connected');
    const active = (await grants()).filter((grant) => grant.status === 'active');
    expect(active).toHaveLength(2);
  }, 60_000);

  it('every page says private, no-store and Vary: Cookie (review finding: personal pages are cacheable)', async () => {
    await revokeAll();
    const jar = await connect(sites.urls.library);
    const ranked = await page(`${sites.urls.library}/?q=the`, jar);
    expect(ranked.body).toContain('id="vault-order"');
    for (const url of [
      `${sites.urls.library}/?q=the`,
      `${sites.urls.library}/boek/book-1`,
      `${sites.urls.library}/bestaat-niet`,
      `${sites.urls.agenda}/`,
      `${sites.urls.museum}/`,
    ]) {
      const { headers } = await page(url, jar);
      expect(headers.get('cache-control'), url).toBe('private, no-store');
      expect(headers.get('vary'), url).toMatch(/\bCookie\b/i);
    }
  }, 60_000);

  it('the same reservation form sent twice is one loan with one number (review finding: a double-submitted reservation writes two loans)', async () => {
    await revokeAll();
    const jar = await connect(sites.urls.library);
    const before = await vault.ctx.storage.records.list('anna', 'loans', { limit: 100 });
    const form = (await page(`${sites.urls.library}/boek/book-1`, jar)).body;
    const token = /name="formulier" value="([^"]+)"/.exec(form)?.[1] ?? '';
    const venue = /<option value="(venue-[^"]+)"/.exec(form)?.[1] ?? '';
    // A double click, or a reload after a slow answer: the browser sends the same form again.
    const submit = () =>
      fetch(`${sites.urls.library}/boek/book-1/reserveren`, {
        method: 'POST',
        // As the browser sends the site's own form (Referrer-Policy: no-referrer).
        headers: {
          cookie: jar.header,
          origin: 'null',
          'sec-fetch-site': 'same-origin',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({
          akaartnummer: '1234567890123',
          afhaalpunt: venue,
          formulier: token,
        }),
      }).then((response) => response.text());
    const answers = [await submit(), await submit()];
    for (const answer of answers) expect(answer).toContain('data-outcome="saved"');
    const number = (answer: string) => /<dt>Reservatienummer<\/dt><dd>([^<]+)/.exec(answer)?.[1];
    expect(number(answers[1]!)).toBe(number(answers[0]!));
    const after = await vault.ctx.storage.records.list('anna', 'loans', { limit: 100 });
    expect(after.length - before.length).toBe(1);
    // Another form (a new page) is another reservation.
    const again = (await page(`${sites.urls.library}/boek/book-1`, jar)).body;
    const next = /name="formulier" value="([^"]+)"/.exec(again)?.[1];
    expect(next).toBeTruthy();
    expect(next).not.toBe(token);
  }, 60_000);
});
