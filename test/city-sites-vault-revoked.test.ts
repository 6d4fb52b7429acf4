/**
 * The real demo city sites against a real OAuth test vault, once the person ends the connection in
 * the vault (connections page or grants API): the site's pages must stop saying "connected", also
 * pages that ask the vault nothing themselves, while an unreachable vault is not taken for a
 * revocation. The sites here ask the vault on every page (`confirmAfterMs: 0`) instead of after 30 s.
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

const startEagerSites = (vaultUrl: string) =>
  startCitySites({
    ports: { library: 0, agenda: 0, museum: 0 },
    vault: { url: vaultUrl, confirmAfterMs: 0 },
  });

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

const page = (url: string, jar: CookieJar) =>
  fetch(url, { headers: { cookie: jar.header } }).then((response) => response.text());

const state = (body: string) => /id="vault-status" data-state="(\w+)"/.exec(body)?.[1];

const auditHead = async (pod: string) => (await vault.ctx.storage.audit.head(pod))?.seq ?? -1;

beforeAll(async () => {
  vault = await startOAuthTestVault();
  anna = await vault.owner('anna');
  sites = await startEagerSites(vault.url);
}, 60_000);
afterAll(async () => {
  await sites?.close();
  await vault?.close();
});

describe('a city site whose grant the person revoked in the vault', () => {
  it("a page that does not call the vault says lost once the person revoked the grant there (review finding F6: the city-site banner said 'Gekoppeld' after the grant was revoked in the vault)", async () => {
    const jar = await connectVisitor(vault, anna, sites.urls.library);
    // The book page asks the vault nothing itself: only the banner's check can notice.
    const book = `${sites.urls.library}/boek/book-1`;
    const logged = await auditHead('anna');
    expect(state(await page(book, jar))).toBe('connected');
    expect(state(await page(book, jar))).toBe('connected');
    // Asking whether the grant holds is no use of the person's data: nothing in their audit log.
    expect(await auditHead('anna')).toBe(logged);

    await revokeAll();
    const after = await page(book, jar);
    expect(state(after)).toBe('lost');
    expect(after).toContain('data-notice="lost"');
    expect(after).not.toContain('id="vault-disconnect"');
    expect(after).toContain('id="vault-connect"');
    expect(state(await page(book, jar))).toBe('none');
  }, 60_000);

  it('keeps saying connected while the vault cannot be reached: unreachable is not revoked', async () => {
    const other = await startOAuthTestVault();
    const otherSites = await startEagerSites(other.url);
    try {
      const jar = await connectVisitor(other, await other.owner('bob'), otherSites.urls.museum);
      const museum = `${otherSites.urls.museum}/`;
      expect(state(await page(museum, jar))).toBe('connected');
      await other.close();
      // The museum page asks for interests and the banner asks about the grant: both fail.
      const body = await page(museum, jar);
      expect(state(body)).toBe('connected');
      expect(body).not.toContain('data-notice="lost"');
      expect(state(await page(`${otherSites.urls.museum}/bestaat-niet`, jar))).toBe('connected');
    } finally {
      await otherSites.close();
    }
  }, 60_000);
});
