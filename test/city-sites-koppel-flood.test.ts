/**
 * The demo city sites against a vault with its production limit on /oauth (600 a minute per
 * address): all three sites reach the vault from this one address, so what an anonymous visitor
 * can make a site send there is bounded, and a revocation the vault did not answer is not a
 * disconnect.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCitySites, type CitySites } from '../examples/city-sites/src/index.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
} from '../vault-server/src/oauth/testing/oauth-test-server.ts';
import { connectVisitor } from './support/city-site-visitor.ts';

let vault: OAuthTestVault;
let sites: CitySites;

beforeAll(async () => {
  vault = await startOAuthTestVault({ oauth: { config: { requestsPerMinute: 600 } } });
  sites = await startCitySites({
    ports: { library: 0, agenda: 0, museum: 0 },
    vault: { url: vault.url },
    logger: { info() {}, warn() {}, error() {} },
  });
}, 60_000);
afterAll(async () => {
  await sites?.close();
  await vault?.close();
});

const inBatches = async (count: number, send: () => Promise<Response>) => {
  for (let sent = 0; sent < count; sent += 20)
    await Promise.all(Array.from({ length: 20 }, () => send().then((r) => r.arrayBuffer())));
};

const startOn = (siteUrl: string, origin = siteUrl, fetchSite?: string) =>
  fetch(`${siteUrl}/koppel`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      origin,
      ...(fetchSite ? { 'sec-fetch-site': fetchSite } : {}),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'terug=/',
  });

it("an anonymous flood of /koppel leaves connecting possible, and a failed revocation keeps the connection (review finding: anonymous GET /koppel exhausts the vault's limit)", async () => {
  const anna = await vault.owner('anna');
  const jar = await connectVisitor(vault, anna, sites.urls.agenda);
  const agendaPage = () =>
    fetch(`${sites.urls.agenda}/`, { headers: { cookie: jar.header } }).then((r) => r.text());
  expect(await agendaPage()).toContain('data-state="connected"');

  // No cookie, no consent: the old link as a crawler follows it, forged posts, and posts with the
  // site's own Origin (anyone can send that header), on the library.
  await inBatches(620, () => fetch(`${sites.urls.library}/koppel?terug=/`, { redirect: 'manual' }));
  await inBatches(100, () => startOn(sites.urls.library, 'https://elders.example'));
  await inBatches(100, () => startOn(sites.urls.library, 'null', 'cross-site'));
  await inBatches(200, () => startOn(sites.urls.library));
  const busy = await startOn(sites.urls.library);
  expect(busy.headers.get('location')).toBe('/');

  // Another person, on another site, presses "Koppel met mijn kluis": off to the vault.
  const start = await startOn(sites.urls.museum);
  expect(start.headers.get('location')).toMatch(new RegExp(`^${vault.url}/`));

  // Now the vault's limit is used up (from this address) and the agenda visitor presses "Ontkoppelen".
  await inBatches(620, () => fetch(`${vault.url}/oauth/authorize`, { redirect: 'manual' }));
  const off = await fetch(`${sites.urls.agenda}/ontkoppel`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      cookie: jar.header,
      origin: sites.urls.agenda,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'terug=/',
  });
  expect(off.headers.get('location')).toBe('/');
  const after = await agendaPage();
  expect(after).toContain('data-notice="disconnect-failed"');
  expect(after).toContain('Ontkoppelen lukte niet');
  expect(after).toContain('data-state="connected"');
  const grants = (await (
    await fetch(`${vault.url}/pods/anna/grants`, { headers: { cookie: anna.cookie } })
  ).json()) as { grants: { status: string }[] };
  expect(grants.grants.map((grant) => grant.status)).toEqual(['active']);
}, 120_000);
