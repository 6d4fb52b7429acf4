/**
 * The real demo city sites against a real OAuth test vault that takes a request but does not answer
 * it (a stalled process, a lock wait): the banner's check must not hold a page longer than its 2 s,
 * and a renewal the vault does not answer must neither hold the renewal every call shares for good
 * nor be started twice (the vault ends a grant whose refresh token comes back). Access tokens live
 * 1 s, so every check renews; the sites ask on every page (`confirmAfterMs: 0`).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
const realFetch = globalThis.fetch;

/** How the vault's token endpoint behaves for the sites' requests (the sites' client uses fetch). */
let tokenEndpoint: 'answers' | 'stalls' | 'slow' = 'answers';
/** Whether the vault takes the sites' ranking requests without answering them. */
let rankingStalls = false;
/** Settles when a stalled token request was given up by the site. */
let abandoned: Promise<void> = Promise.resolve();
let tokenRequests = 0;

beforeAll(async () => {
  vault = await startOAuthTestVault({ oauth: { config: { accessTokenSeconds: 1 } } });
  anna = await vault.owner('anna');
  sites = await startCitySites({
    ports: { library: 0, agenda: 0, museum: 0 },
    vault: { url: vault.url, confirmAfterMs: 0 },
  });
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (rankingStalls && url.endsWith('/suggestions/rank'))
      return new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error)),
      );
    if (tokenEndpoint === 'answers' || !url.startsWith(`${vault.url}/oauth/token`))
      return realFetch(input, init);
    tokenRequests += 1;
    if (tokenEndpoint === 'slow')
      return new Promise((resolve) => setTimeout(resolve, 3_000)).then(() =>
        realFetch(input, init),
      );
    // Taken, never answered: only the site's own abort ends the wait.
    return new Promise((_resolve, reject) => {
      abandoned = new Promise((resolve) =>
        init?.signal?.addEventListener('abort', () => {
          reject(init.signal!.reason as Error);
          resolve();
        }),
      );
    });
  }) as typeof fetch;
}, 60_000);
afterAll(async () => {
  globalThis.fetch = realFetch;
  await sites?.close();
  await vault?.close();
});
beforeEach(() => {
  tokenEndpoint = 'answers';
  rankingStalls = false;
  tokenRequests = 0;
});

const timedPage = async (url: string, jar: CookieJar) => {
  const started = Date.now();
  const response = await realFetch(url, {
    headers: { cookie: jar.header },
    signal: AbortSignal.timeout(8_000),
  });
  return { status: response.status, body: await response.text(), ms: Date.now() - started };
};

const state = (body: string) => /id="vault-status" data-state="(\w+)"/.exec(body)?.[1];

async function libraryGrants() {
  const { grants } = (await (
    await realFetch(`${vault.url}/pods/anna/grants`, { headers: { cookie: anna.cookie } })
  ).json()) as { grants: { clientId: string; status: string; revokedReason?: string }[] };
  return grants.filter((grant) => grant.clientId.startsWith(sites.urls.library));
}

const expired = () => new Promise((resolve) => setTimeout(resolve, 1_100));

describe('a city site whose vault stalls', () => {
  it('a page that does not call the vault answers within the check’s 2 s, still connected, and a later page renews again (review finding: a stalled vault held every page of a connected visitor)', async () => {
    const jar = await connectVisitor(vault, anna, sites.urls.library);
    await expired();
    tokenEndpoint = 'stalls';
    // The book page asks the vault nothing itself: only the banner's check does.
    const book = await timedPage(`${sites.urls.library}/boek/book-1`, jar);
    expect(book.status).toBe(200);
    expect(book.ms).toBeLessThan(3_500);
    // Unreachable is not revoked.
    expect(state(book.body)).toBe('connected');
    expect(tokenRequests).toBe(1);

    // The renewal itself is bounded: the site gives it up, and once the vault answers again the
    // next page renews afresh (the single flight holds no hung renewal).
    await abandoned;
    tokenEndpoint = 'answers';
    const ranked = await timedPage(`${sites.urls.library}/?q=the`, jar);
    expect(state(ranked.body)).toBe('connected');
    expect(ranked.body).toContain('id="vault-order"');
    expect((await libraryGrants()).filter((grant) => grant.status === 'active')).toHaveLength(1);
  }, 30_000);

  it('a renewal slower than the check goes on for the calls that share it: one renewal, the grant stays active', async () => {
    const jar = await connectVisitor(vault, anna, sites.urls.library);
    const activeBefore = (await libraryGrants()).filter((grant) => grant.status === 'active');
    await expired();
    tokenEndpoint = 'slow';
    // The book page gives up on the check after 2 s; the list page's ranking needs the renewal.
    const [book, ranked] = await Promise.all([
      timedPage(`${sites.urls.library}/boek/book-1`, jar),
      new Promise((resolve) => setTimeout(resolve, 200)).then(() =>
        timedPage(`${sites.urls.library}/?q=the`, jar),
      ),
    ]);
    expect(book.ms).toBeLessThan(2_900);
    expect(state(book.body)).toBe('connected');
    expect(ranked.body).toContain('id="vault-order"');
    // Had the ranking started a renewal of its own with the same refresh token, the vault would
    // have ended the grant (refresh-token-reuse).
    const grants = await libraryGrants();
    expect(grants.filter((grant) => grant.status === 'active')).toHaveLength(activeBefore.length);
    expect(grants.some((grant) => grant.revokedReason === 'refresh-token-reuse')).toBe(false);
  }, 30_000);

  it('a list page whose ranking the vault takes but never answers comes in the site’s own order after the call’s 5 s, still connected', async () => {
    const jar = await connectVisitor(vault, anna, sites.urls.library);
    rankingStalls = true;
    const list = await timedPage(`${sites.urls.library}/?q=the`, jar);
    expect(list.status).toBe(200);
    expect(list.ms).toBeLessThan(7_500);
    expect(list.body).not.toContain('id="vault-order"');
    expect(state(list.body)).toBe('connected');
  }, 30_000);
});
