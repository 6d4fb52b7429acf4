/**
 * The real demo city sites against a real OAuth test vault, when another demo site's page posts a
 * form to one of them. The sites all run on 127.0.0.1 (other ports are the same site), so the
 * visitor's SameSite=Lax cookie goes along: only the site's own page may end the grant or write in
 * the person's pod. The headers are what Chromium sends for such forms (Referrer-Policy:
 * no-referrer on the site's own pages makes its Origin `null`).
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

beforeAll(async () => {
  vault = await startOAuthTestVault();
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

async function activeGrants(): Promise<number> {
  const { grants } = (await (
    await fetch(`${vault.url}/pods/anna/grants`, { headers: { cookie: anna.cookie } })
  ).json()) as { grants: { status: string }[] };
  return grants.filter((grant) => grant.status === 'active').length;
}

async function revokeAll(): Promise<void> {
  const { grants } = (await (
    await fetch(`${vault.url}/pods/anna/grants`, { headers: { cookie: anna.cookie } })
  ).json()) as { grants: { id: string; status: string }[] };
  for (const grant of grants)
    if (grant.status === 'active')
      await fetch(`${vault.url}/pods/anna/grants/${grant.id}`, {
        method: 'DELETE',
        headers: { cookie: anna.cookie, 'x-csrf-token': anna.csrfToken },
      });
}

/** A form post as the browser sends it from a page: the site's own, or another demo site's. */
const postForm = (url: string, jar: CookieJar, from: Record<string, string>, body: string) =>
  fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: jar.header, 'content-type': 'application/x-www-form-urlencoded', ...from },
    body,
  });

const ownPage = { origin: 'null', 'sec-fetch-site': 'same-origin' };
const agendaPage = () => ({ origin: sites.urls.agenda, 'sec-fetch-site': 'same-site' });
/** A browser without Sec-Fetch-Site only says its Origin. */
const agendaOrigin = () => ({ origin: sites.urls.agenda });

const state = async (url: string, jar: CookieJar) =>
  /id="vault-status" data-state="(\w+)"/.exec(
    await (await fetch(url, { headers: { cookie: jar.header } })).text(),
  )?.[1];

describe('a form another demo site’s page posts', () => {
  it('leaves the visitor connected: only the site’s own page disconnects (review finding: another site’s page could disconnect a visitor’s vault)', async () => {
    await revokeAll();
    const jar = await connectVisitor(vault, anna, sites.urls.library);
    expect(await activeGrants()).toBe(1);
    for (const from of [agendaPage(), agendaOrigin()]) {
      const refused = await postForm(`${sites.urls.library}/ontkoppel`, jar, from, 'terug=/boek');
      expect(refused.status).toBe(303);
      expect(refused.headers.get('location')).toBe('/boek');
      expect(await activeGrants()).toBe(1);
      expect(await state(`${sites.urls.library}/`, jar)).toBe('connected');
    }
    // The banner's own button still ends the grant.
    await postForm(`${sites.urls.library}/ontkoppel`, jar, ownPage, 'terug=/');
    expect(await activeGrants()).toBe(0);
    expect(await state(`${sites.urls.library}/`, jar)).toBe('none');
  }, 60_000);

  it('writes no loan in the person’s pod: only a reservation on the site’s own page does (review finding: another site’s page could write records in a visitor’s vault)', async () => {
    await revokeAll();
    const jar = await connectVisitor(vault, anna, sites.urls.library);
    const loans = async () =>
      (await vault.ctx.storage.records.list('anna', 'loans', { limit: 100 })).length;
    const before = await loans();
    const form = await (
      await fetch(`${sites.urls.library}/boek/book-1`, { headers: { cookie: jar.header } })
    ).text();
    const venue = /<option value="(venue-[^"]+)"/.exec(form)?.[1] ?? '';
    const reserve = (from: Record<string, string>) =>
      postForm(
        `${sites.urls.library}/boek/book-1/reserveren`,
        jar,
        from,
        new URLSearchParams({ akaartnummer: '1234567890123', afhaalpunt: venue }).toString(),
      ).then((response) => response.text());
    for (const from of [agendaPage(), agendaOrigin()])
      expect(await reserve(from)).toContain('data-outcome="other-page"');
    expect(await loans()).toBe(before);
    expect(await reserve(ownPage)).toContain('data-outcome="saved"');
    expect(await loans()).toBe(before + 1);
  }, 60_000);
});
