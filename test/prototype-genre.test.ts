/**
 * A record's genre is any short string a client sends. Looked up in plain objects (the genre-theme
 * bridge, the genre labels), `constructor` or `__proto__` found Object's members: ranking, the
 * owner's DNA and "Voor jou" answered 500 for as long as such a record existed.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  startOAuthTestVault,
  type OAuthTestVault,
} from '../vault-server/src/oauth/testing/oauth-test-server.ts';
import {
  callPod,
  connect,
  startTestClient,
  type TestClient,
} from '../vault-server/src/oauth/testing/test-client.ts';
import { engineSuites } from '../vault-server/src/storage/testing/describe-each-engine.ts';
import { daysAgo } from '../vault-server/src/testing/test-vault.ts';

const describeEachEngine = await engineSuites();

describeEachEngine('genres named like Object.prototype keys on %s', (engine) => {
  let vault: OAuthTestVault;
  let site: TestClient;
  beforeAll(async () => {
    vault = await startOAuthTestVault({ engine });
    site = await startTestClient(vault.url, { name: 'Agenda' });
  });
  afterAll(async () => {
    await site?.close();
    await vault?.close();
  });

  const loan = (id: string, genres: string[]) => ({
    time: daysAgo(30),
    source: { type: 'person' },
    item: { id, title: id, kind: 'book', medium: 'read', genres, authors: [], termIds: [] },
    data: { action: 'borrowed' },
  });

  it('keep ranking, the DNA and Voor jou working (review finding: a genre named like an Object.prototype key made ranking, DNA and Voor jou answer 500)', async () => {
    const owner = await vault.owner('piet');
    const tokens = await connect(site, owner, {
      scope: 'loans:write suggestions:rank dna:read',
      rankCategories: ['loans'],
    });
    for (const [i, genre] of ['constructor', '__proto__', 'toString', 'constructor'].entries()) {
      const created = await callPod(
        site,
        tokens.access_token,
        'POST',
        `${vault.url}/pods/piet/loans/`,
        loan(`isbn-${i}`, [genre, 'hasOwnProperty']),
      );
      expect(created.status).toBe(201);
    }
    const items = Array.from({ length: 20 }, (_, i) => ({ id: `c-${i}`, genres: ['constructor'] }));
    const ranked = await callPod(
      site,
      tokens.access_token,
      'POST',
      `${vault.url}/pods/piet/suggestions/rank`,
      { items },
    );
    expect(ranked.status).toBe(200);
    const dna = await callPod(site, tokens.access_token, 'GET', `${vault.url}/pods/piet/dna`);
    expect(dna.status).toBe(200);
    const asOwner = (path: string) =>
      fetch(`${vault.url}${path}`, {
        headers: { cookie: owner.cookie, accept: 'application/json' },
      });
    expect((await asOwner('/pods/piet/dna')).status).toBe(200);
    const forYou = await asOwner('/pods/piet/for-you');
    expect(forYou.status).toBe(200);
    // The owner's pages name the genre as words, never as one of Object's functions.
    expect(await (await asOwner('/pods/piet/dna')).text()).not.toContain('function');
  });
});
