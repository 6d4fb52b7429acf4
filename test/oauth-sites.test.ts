/**
 * The demo sites' OAuth client (examples/city-sites/src/oauth) against a real vault: the metadata
 * document, connecting through consent, writing, ranking, reading interests, disconnecting, and what
 * the site sees once the person refuses or revokes. A minimal site app stands in for the pages.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteVault, type SiteVault } from '../examples/city-sites/src/oauth/site-vault.ts';
import {
  VAULT_PROFILES,
  type VaultRequestProfile,
} from '../examples/city-sites/src/oauth/site-vault-options.ts';
import { safeReturnPath } from '../examples/city-sites/src/http/safe-return-path.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../vault-server/src/oauth/testing/oauth-test-server.ts';
import { decideInVault } from '../vault-server/src/oauth/testing/test-client.ts';

let vault: OAuthTestVault;
let anna: OwnerLogin;
/** A month ago, the same for every write (a retry must send the same record): the vault refuses a record already past its retention. */
const LOAN_TIME = new Date(Date.now() - 30 * 86_400_000).toISOString();

interface TestSite {
  url: string;
  vault: SiteVault;
  /** The visitor's browser: its site cookie. */
  cookie: string;
  close(): Promise<void>;
}

async function startSite(
  name: string,
  siteKey: string,
  profile: VaultRequestProfile,
): Promise<TestSite> {
  let url = '';
  const siteVault = createSiteVault({
    vaultUrl: vault.url,
    siteUrl: () => url,
    siteKey,
    clientName: name,
    contactEmail: 'info@example.be',
    profile,
  });
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.use(siteVault.router);
  app.get(
    '/',
    async (req, res) =>
      void res.type('html').send((await siteVault.banner(req, '/', 'test')).value),
  );
  app.post('/loan', async (req, res) => {
    // ?nr=2: a second loan (another reservation number, another fantasy book).
    const second = req.query.nr === '2';
    res.json({
      outcome: await siteVault.write(
        req,
        'loans',
        {
          time: LOAN_TIME,
          source: { type: 'person' },
          item: second
            ? { id: 'book-20', title: 'The Fellowship', kind: 'book', genres: ['fantasy'] }
            : { id: 'book-7', title: 'The Hobbit', kind: 'book', genres: ['fantasy'] },
          data: { action: 'borrowed' },
        },
        second ? 'R-2' : 'R-1',
      ),
    });
  });
  app.get(
    '/rank',
    async (req, res) =>
      void res.json({
        ranked:
          (await siteVault.rank(req, [
            { id: 'history', genres: ['history'] },
            { id: 'fantasy', genres: ['fantasy'] },
            ...Array.from({ length: 18 }, (_, i) => ({ id: `other-${i}`, genres: ['cooking'] })),
          ])) ?? null,
      }),
  );
  app.get('/dna', async (req, res) => void res.json({ dna: (await siteVault.dna(req)) ?? null }));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    vault: siteVault,
    cookie: '',
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The browser: follows the redirects by hand, sending the site's cookie to the site and the vault's to the vault. */
async function connectVisitor(
  site: TestSite,
  decision: 'approve' | 'deny' = 'approve',
): Promise<string> {
  // The banner's form: a POST from the site's own page.
  const start = await fetch(`${site.url}/koppel`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: site.url, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'terug=/',
  });
  site.cookie = start.headers.get('set-cookie')!.split(';')[0]!;
  const decided = await decideInVault(start.headers.get('location')!, anna, { decision });
  const callback = await fetch(decided.location, {
    redirect: 'manual',
    headers: { cookie: site.cookie },
  });
  expect(callback.headers.get('location')).toBe('/');
  return fetch(`${site.url}/`, { headers: { cookie: site.cookie } }).then((r) => r.text());
}

const get = (site: TestSite, path: string) =>
  fetch(`${site.url}${path}`, { headers: { cookie: site.cookie } }).then(
    (r) => r.json() as Promise<Record<string, unknown>>,
  );
/** A form on the site's own page (writes refuse another page's). */
const post = (site: TestSite, path: string) =>
  fetch(`${site.url}${path}`, {
    method: 'POST',
    headers: { cookie: site.cookie, origin: site.url },
  }).then((r) => r.json() as Promise<Record<string, unknown>>);

beforeAll(async () => {
  vault = await startOAuthTestVault();
  anna = await vault.owner('anna');
});
afterAll(async () => vault?.close());

describe('the demo sites as OAuth clients', () => {
  let library: TestSite;
  beforeAll(async () => {
    library = await startSite('Bibliotheek Antwerpen', 'library', VAULT_PROFILES.library);
  });
  afterAll(async () => library?.close());

  it('publishes a Client ID Metadata Document the vault accepts', async () => {
    const doc = (await (await fetch(`${library.url}/oauth/client.json`)).json()) as Record<
      string,
      unknown
    >;
    expect(doc).toMatchObject({
      client_id: `${library.url}/oauth/client.json`,
      client_name: 'Bibliotheek Antwerpen',
      redirect_uris: [`${library.url}/oauth/callback`],
      token_endpoint_auth_method: 'none',
    });
    await expect(
      vault.oauth.deps.clients.resolve(`${library.url}/oauth/client.json`),
    ).resolves.toMatchObject({ client_name: 'Bibliotheek Antwerpen' });
  });

  it('asks only for the scopes it uses (review finding: the library asks for loans:read but never reads loans)', async () => {
    const doc = (await (await fetch(`${library.url}/oauth/client.json`)).json()) as {
      scope: string;
    };
    expect(doc.scope.split(' ').sort()).toEqual(['loans:write', 'suggestions:rank']);
  });

  it('connects, writes a loan (once, idempotently), ranks with it, then loses the connection when the person revokes', async () => {
    const banner = await connectVisitor(library);
    expect(banner).toContain('data-state="connected"');
    expect(banner).toContain('data-notice="connected"');
    expect(await post(library, '/loan')).toEqual({ outcome: 'saved' });
    expect(await post(library, '/loan')).toEqual({ outcome: 'saved' });
    const loans = await vault.ctx.storage.records.list('anna', 'loans', { limit: 10 });
    expect(loans).toHaveLength(1);

    // One loan alone moves no order (a feature counts once two records share it); a second does.
    const first = (await get(library, '/rank')) as { ranked: { items: { id: string }[] } };
    expect(first.ranked.items.slice(0, 2).map((item) => item.id)).toEqual(['history', 'fantasy']);
    expect(await post(library, '/loan?nr=2')).toEqual({ outcome: 'saved' });
    const { ranked } = (await get(library, '/rank')) as {
      ranked: { items: Record<string, unknown>[]; categories: string[] };
    };
    expect(ranked.items.slice(0, 2)).toEqual([{ id: 'fantasy' }, { id: 'history' }]);
    expect(ranked.categories).toEqual(['loans', 'interests']);
    expect((await get(library, '/dna')).dna).toBeNull();

    const grants = (await (
      await fetch(`${vault.url}/pods/anna/grants`, { headers: { cookie: anna.cookie } })
    ).json()) as { grants: { id: string; status: string }[] };
    const active = grants.grants.find((grant) => grant.status === 'active')!;
    await fetch(`${vault.url}/pods/anna/grants/${active.id}`, {
      method: 'DELETE',
      headers: { cookie: anna.cookie, 'x-csrf-token': anna.csrfToken },
    });
    expect((await get(library, '/rank')).ranked).toBeNull();
    const after = await (
      await fetch(`${library.url}/`, { headers: { cookie: library.cookie } })
    ).text();
    expect(after).toContain('data-notice="lost"');
    expect(after).toContain('Koppel met mijn kluis');
    expect(await post(library, '/loan')).toEqual({ outcome: 'not-connected' });
  });

  it('tells the visitor when the person refuses, and nothing is shared', async () => {
    const banner = await connectVisitor(library, 'deny');
    expect(banner).toContain('data-notice="denied"');
    expect(await post(library, '/loan')).toEqual({ outcome: 'not-connected' });
  });

  it('disconnects by revoking its refresh token: the grant ends at the vault', async () => {
    await connectVisitor(library);
    const disconnected = await fetch(`${library.url}/ontkoppel`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        cookie: library.cookie,
        origin: library.url,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'terug=/',
    });
    expect(disconnected.headers.get('location')).toBe('/');
    const grants = (await (
      await fetch(`${vault.url}/pods/anna/grants`, { headers: { cookie: anna.cookie } })
    ).json()) as { grants: { status: string; revokedReason?: string }[] };
    expect(grants.grants[0]).toMatchObject({ status: 'revoked', revokedReason: 'client' });
  });

  it('the museum reads coarse interests with dna:read', async () => {
    const museum = await startSite('Musea Antwerpen', 'museum', VAULT_PROFILES.museum);
    try {
      await connectVisitor(museum);
      const { dna } = (await get(museum, '/dna')) as { dna: { basedOn: string[] } | null };
      expect(dna?.basedOn).toEqual(['loans']);
      expect(await post(museum, '/loan')).toEqual({ outcome: 'not-allowed' });
    } finally {
      await museum.close();
    }
  });

  it('returns only to its own paths after connecting', () => {
    expect(safeReturnPath('/boek/book-1?x=1')).toBe('/boek/book-1?x=1');
    for (const bad of [
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
      42,
    ])
      expect(safeReturnPath(bad)).toBe('/');
  });
});
